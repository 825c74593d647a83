// CloudFront Function (runtime cloudfront-js-2.0), viewer request, for an S3 origin:
// S3 has no directory index, so /articles/x/ is served from /articles/x/index.html,
// and /articles/x (no slash, no file extension) is redirected to /articles/x/.
// tests/unit/deploy/recipes.test.ts runs this file as it is.
// CloudFront calls `handler` by name; the file has no exports.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
async function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    var query = Object.keys(request.querystring)
      .map(function (key) {
        return key + '=' + request.querystring[key].value;
      })
      .join('&');
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + (query ? '?' + query : '') } },
    };
  }
  return request;
}

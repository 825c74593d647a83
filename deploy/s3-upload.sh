#!/usr/bin/env bash
# Upload dist/ to S3 for CloudFront with the site's cache rules (see docs/deploying.md).
# Usage: deploy/s3-upload.sh s3://my-bucket [cloudfront-distribution-id]
set -euo pipefail
bucket="${1:?usage: deploy/s3-upload.sh s3://bucket [distribution-id]}"
cd "$(dirname "$0")/../dist"

# Hashed assets first (pages refer to them), immutable for a year.
aws s3 sync _astro "$bucket/_astro" --cache-control "public, max-age=31536000, immutable"
# Everything else revalidates; a CDN may keep it 5 seconds. _headers is for other hosts only.
aws s3 sync . "$bucket" --exclude "_astro/*" --exclude "_headers" --delete \
  --cache-control "public, max-age=0, s-maxage=5, must-revalidate"
# Old hashed assets are removed last, after no page refers to them any more.
aws s3 sync _astro "$bucket/_astro" --delete --cache-control "public, max-age=31536000, immutable"

if [ -n "${2:-}" ]; then
  aws cloudfront create-invalidation --distribution-id "$2" --paths "/*"
fi

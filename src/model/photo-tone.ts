/** Levels per colour channel in the placeholder palette: 3 x 3 x 3 = 27 classes in components.css. */
const LEVELS = 3;

/**
 * The placeholder shown while a photo loads, as a class name ("photo-tone-120")
 * from a fixed palette of 27 colours. A class, not a `style` attribute: the
 * site's Content-Security-Policy allows no inline styles.
 */
export function toneOf(red: number, green: number, blue: number): string {
  const level = (value: number) =>
    Math.min(LEVELS - 1, Math.max(0, Math.round((value / 255) * (LEVELS - 1))));
  return `photo-tone-${level(red)}${level(green)}${level(blue)}`;
}

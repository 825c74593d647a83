// A worker thread of src/images/card-workers.ts: draws one update card per task.
import { cachedUpdateCardFile, type UpdateCardInput } from './update-card.ts';

/** The cached file of `input`'s card, drawn and written if it is not there yet. */
export default function drawUpdateCard(input: UpdateCardInput): Promise<string> {
  return cachedUpdateCardFile(input);
}

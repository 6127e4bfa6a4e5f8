/**
 * Asked for when the server answers UNAUTHENTICATED (it wants a key for reads): a form for the
 * key its operator gave, kept for this tab only (api/key.ts).
 */
import { setApiKey } from './api/key.js';
import { errorMessage, h, uid } from './dom.js';

/** The key form; `refused`: a key was sent and not accepted. `done` runs once a key is kept. */
export function keyForm(refused: boolean, done: () => void): HTMLElement {
  const inputId = uid('api-key');
  const hintId = uid('api-key-hint');
  const input = h('input', {
    id: inputId,
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': hintId,
  });
  const form = h(
    'form',
    {
      class: 'key-form',
      'aria-label': 'Key for this server',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (input.value.trim() === '') return;
        setApiKey(input.value);
        done();
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: inputId, class: 'field-label' }, 'API key'),
      input,
      h(
        'span',
        { id: hintId, class: 'hint' },
        'Kept in this tab only, and sent with each request to this server.',
      ),
    ),
    h('button', { type: 'submit', class: 'button primary' }, 'Use this key'),
  );
  return h(
    'section',
    { class: 'key-needed' },
    h('h1', { tabindex: '-1' }, 'This server needs a key'),
    h('p', { class: 'lede' }, 'Its data is open to holders of a key. Ask its operator for one.'),
    refused ? errorMessage('That key was not accepted. Check it and try again.') : null,
    form,
  );
}

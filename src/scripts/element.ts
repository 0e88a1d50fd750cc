/**
 * The base of every custom element on the site. It wires an element once (moving an element in
 * the DOM disconnects and reconnects it), calls `connect`/`disconnect` for listeners on the
 * window or document, and hands the element the UI strings the server rendered into its one
 * `data-strings` attribute (JSON, from src/i18n/).
 */
export abstract class PvnElement<Key extends string = never> extends HTMLElement {
  #ready = false;
  #strings: Partial<Record<Key, string>> | undefined;

  connectedCallback() {
    // false: markup the element needs is missing; it tries again when next connected.
    if (!this.#ready) this.#ready = this.setUp() !== false;
    if (this.#ready) this.connect();
  }

  disconnectedCallback() {
    this.disconnect();
  }

  /** Wires the element's own markup, once. */
  protected abstract setUp(): boolean | void;

  /** Adds listeners outside the element; runs on every connection once set up. */
  protected connect() {}

  /** Removes what `connect` added. */
  protected disconnect() {}

  /** The element's UI strings, keyed as in its `data-strings`. */
  protected get strings(): Partial<Record<Key, string>> {
    return (this.#strings ??= this.json<Partial<Record<Key, string>>>('strings') ?? {});
  }

  /** One of the element's UI strings ('' when the server did not send it). */
  protected text(key: Key): string {
    return this.strings[key] ?? '';
  }

  /** The JSON in a `data-*` attribute (`name` as in `dataset`); undefined when it is absent. */
  protected json<T>(name: string): T | undefined {
    const data = this.dataset[name];
    if (data === undefined) return undefined;
    try {
      return JSON.parse(data) as T;
    } catch (error) {
      throw new Error(`<${this.localName}> data-${name} is not valid JSON`, { cause: error });
    }
  }
}

/** Creates an element with an optional class and text: the one DOM helper of the scripts. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

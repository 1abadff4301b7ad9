// Settings remembered on this device only (localStorage): interface language and larger text.
import { isLanguage, type Language } from "../../../domain/i18n";
import { createStore } from "./store";

const read = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the setting lasts for this visit only */
  }
};

const savedLanguage = read("recoque.lang");
export const lang = createStore<Language>(isLanguage(savedLanguage) ? savedLanguage : "fr");
export const largeText = createStore<boolean>(read("recoque.largeText") === "1");

function apply() {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lang.get();
  document.documentElement.classList.toggle("text-large", largeText.get());
}

lang.subscribe(() => {
  write("recoque.lang", lang.get());
  apply();
});
largeText.subscribe(() => {
  write("recoque.largeText", largeText.get() ? "1" : "0");
  apply();
});
apply();

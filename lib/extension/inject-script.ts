import { browser, type Browser, type PublicPath } from 'wxt/browser';

/**
 * Runs one of Evident's own bundles in the frame a content-script message came from, in
 * the content scripts' world (so it shares their global, never the page's). Aimed at the
 * sender's document where the browser names it (Chromium), so a frame that navigated
 * meanwhile does not get it; by frame elsewhere (Firefox). Needs `scripting` and host
 * permissions for the pages the content script runs on (wxt.config.ts). True when it ran.
 */
export async function injectIntoSender(
  sender: Browser.runtime.MessageSender,
  file: Extract<PublicPath, `${string}.js`>,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return false;
  const target = sender.documentId
    ? { tabId, documentIds: [sender.documentId] }
    : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [file] });
  return true;
}

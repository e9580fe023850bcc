import { RESET_TOKEN_TTL_MINUTES } from "./rules";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** The password-reset mail: plain text (with the bare link) and a simple HTML version. */
export function passwordResetEmail(name: string, link: string): { subject: string; text: string; html: string } {
  const subject = "Reset your QuickLocal password";
  const text = [
    `Hi ${name},`,
    "",
    "We received a request to reset the password for your QuickLocal account.",
    `Open this link within ${RESET_TOKEN_TTL_MINUTES} minutes to choose a new password:`,
    "",
    link,
    "",
    "The link works once. If you didn't ask for this, you can ignore this email — your password stays the same.",
    "",
    "— QuickLocal",
  ].join("\n");
  const safeLink = escapeHtml(link);
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p>Hi ${escapeHtml(name)},</p>
<p>We received a request to reset the password for your QuickLocal account. Open this link within ${RESET_TOKEN_TTL_MINUTES} minutes to choose a new password:</p>
<p><a href="${safeLink}" style="display:inline-block;background:#0f7a37;color:#ffffff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Reset password</a></p>
<p style="font-size:13px;color:#475569">Or paste this link into your browser:<br><a href="${safeLink}">${safeLink}</a></p>
<p style="font-size:13px;color:#475569">The link works once. If you didn't ask for this, you can ignore this email — your password stays the same.</p>
<p>— QuickLocal</p>
</body></html>`;
  return { subject, text, html };
}

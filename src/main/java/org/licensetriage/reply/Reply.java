package org.licensetriage.reply;

import org.licensetriage.i18n.Language;

/** A message ready to send to the customer: never a whole product key, only its masked form. */
public record Reply(Language language, ReplyFormat format, String subject, String body) {
}

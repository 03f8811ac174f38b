/**
 * Reading what a person wrote in a reply, and telling automatic mail apart on evidence. {@link
 * dev.campaigncrm.reply.text.ReplyText} keeps the sender's new words of a plain-text body wherever they stand
 * (top-posted, bottom-posted, or between quoted lines) and drops quoted history, attribution lines and header
 * blocks in twelve languages, forwarded originals, signatures and legal disclaimers. {@link
 * dev.campaigncrm.reply.text.AutomaticMail} decides whether a message is automatic (an auto-reply, an
 * out-of-office, a bounce, bulk mail) from its headers, sender, subject and out-of-office or bounce wording, never
 * from similarity, and says why in an {@link dev.campaigncrm.reply.text.AutoReplyEvidence}. {@link
 * dev.campaigncrm.reply.text.SubjectLine} reads reply prefixes. Every reply reader and classifier of the library
 * uses these classes, so the IMAP reader, the {@code .eml} reader and the classifiers agree. Plain JDK; thread-safe.
 */
package dev.campaigncrm.reply.text;

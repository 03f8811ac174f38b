/**
 * The cue catalogue: the phrases of intent in replies (interest, meetings, declines, opt-outs, questions, prices,
 * deferrals, referrals, hedges) in English, German, French, Spanish, Portuguese, Italian and Dutch, matched as whole
 * words with negation and weighed into an {@link dev.campaigncrm.reply.cues.Intent}. The one public entry is {@link
 * dev.campaigncrm.reply.cues.PhraseEvidence}; the catalogue, matcher and weigher are package-private. This package
 * depends on no other package of the library, so every classifier can use it without a cycle.
 */
package dev.campaigncrm.reply.cues;

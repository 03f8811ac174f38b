package dev.campaigncrm.reply.cues;

/**
 * One word of a reply, normalised for matching.
 *
 * @param word     lower-case letters and digits, apostrophes removed ({@code don't} becomes {@code dont})
 * @param start    offset of the first character in the tokenised text
 * @param end      offset just past the last character
 * @param clause   clause number: commas, line breaks, dashes and words such as "but" start a new clause
 * @param sentence sentence number: {@code . ! ? ; :} and blank lines start a new sentence
 * @param contrasts how many words of contrast ("but", "aber", "mais", "pero"…) come before it
 */
record Token(String word, int start, int end, int clause, int sentence, int contrasts) {
}

package dev.campaigncrm.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * A body assembled from paragraphs of whole sentences between a greeting and a signature. Each sentence has a rank:
 * 0 is always kept, and when the body would exceed its word limit the sentences with the highest rank are left out
 * first, whole, so that a long brief or company name shortens the email without cutting a sentence.
 */
final class Body {

    /** A sentence and how early it is left out (0: never; higher: earlier); a leading line break starts a line. */
    private record Sentence(String text, int rank) {
    }

    private final List<List<Sentence>> paragraphs = new ArrayList<>();

    /** Starts a new paragraph. */
    Body paragraph() {
        paragraphs.add(new ArrayList<>());
        return this;
    }

    /** Adds a sentence to the current paragraph, with its rank (0: always kept). */
    Body add(String sentence, int rank) {
        paragraphs.get(paragraphs.size() - 1).add(new Sentence(sentence, rank));
        return this;
    }

    /** The text: greeting, paragraphs, signature, with optional sentences left out until it fits {@code maxWords}. */
    String render(String greeting, String signature, int maxWords) {
        List<List<Sentence>> kept = new ArrayList<>();
        paragraphs.forEach(p -> kept.add(new ArrayList<>(p)));
        String text = text(greeting, kept, signature);
        while (WordCount.of(text) > maxWords && dropOne(kept)) {
            text = text(greeting, kept, signature);
        }
        return text;
    }

    /** Leaves out the last sentence of the highest rank; false when only rank-0 sentences remain. */
    private static boolean dropOne(List<List<Sentence>> kept) {
        int best = 0;
        int bp = -1;
        int bs = -1;
        for (int p = 0; p < kept.size(); p++) {
            for (int s = 0; s < kept.get(p).size(); s++) {
                if (kept.get(p).get(s).rank() >= best && kept.get(p).get(s).rank() > 0) {
                    best = kept.get(p).get(s).rank();
                    bp = p;
                    bs = s;
                }
            }
        }
        if (bp < 0) {
            return false;
        }
        kept.get(bp).remove(bs);
        return true;
    }

    private static String text(String greeting, List<List<Sentence>> kept, String signature) {
        List<String> out = new ArrayList<>();
        out.add(greeting);
        for (List<Sentence> p : kept) {
            StringBuilder b = new StringBuilder();
            for (Sentence s : p) {
                if (b.length() > 0 && !s.text().startsWith("\n")) {
                    b.append(' ');
                }
                b.append(s.text());
            }
            String para = b.toString().strip();
            if (!para.isEmpty()) {
                out.add(para);
            }
        }
        out.add(signature);
        return String.join("\n\n", out) + "\n";
    }
}

package dev.campaigncrm.llm.offline;

import dev.campaigncrm.reply.ReplyCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per-class precision, recall and F1, macro-F1 and accuracy of predictions against labels. */
record ClassifierMetrics(String name, Map<ReplyCategory, Counts> perClass, int correct, int total) {

    /**
     * One class's counts.
     *
     * @param tp predicted this class, labelled this class
     * @param fp predicted this class, labelled another
     * @param fn labelled this class, predicted another
     */
    record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The metrics of predictions, index by index against labels. */
    static ClassifierMetrics of(String name, List<ReplyCategory> labels, List<ReplyCategory> predictions) {
        Map<ReplyCategory, Counts> per = new EnumMap<>(ReplyCategory.class);
        int correct = 0;
        for (ReplyCategory c : ReplyCategory.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < labels.size(); i++) {
                boolean predicted = predictions.get(i) == c;
                boolean actual = labels.get(i) == c;
                tp += predicted && actual ? 1 : 0;
                fp += predicted && !actual ? 1 : 0;
                fn += !predicted && actual ? 1 : 0;
            }
            per.put(c, new Counts(tp, fp, fn));
        }
        for (int i = 0; i < labels.size(); i++) {
            correct += labels.get(i) == predictions.get(i) ? 1 : 0;
        }
        return new ClassifierMetrics(name, per, correct, labels.size());
    }

    /** The metrics over the classes that occur among the labels only (for a group that lacks some classes). */
    static ClassifierMetrics ofPresent(String name, List<ReplyCategory> labels, List<ReplyCategory> predictions) {
        ClassifierMetrics all = of(name, labels, predictions);
        Map<ReplyCategory, Counts> present = new EnumMap<>(ReplyCategory.class);
        all.perClass().forEach((c, n) -> {
            if (labels.contains(c)) {
                present.put(c, n);
            }
        });
        return new ClassifierMetrics(name, present, all.correct(), all.total());
    }

    /** The mean of the classes' F1. */
    double macroF1() {
        return perClass.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** The share of replies classified as labelled. */
    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** A Markdown table: one row per class, then macro-F1 and accuracy. */
    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(name).append(" | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
        perClass.forEach((c, n) -> sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
                c.label(), n.precision(), n.recall(), n.f1(), n.tp() + n.fn())));
        sb.append(String.format(Locale.ROOT, "| **macro-F1** | | | **%.3f** | %d |%n", macroF1(), total));
        sb.append(String.format(Locale.ROOT, "| accuracy | | | %.3f | %d |%n", accuracy(), total));
        return sb.toString();
    }
}

package dev.campaigncrm.mail.imap;

import dev.campaigncrm.llm.offline.EmbeddingReplyClassifier;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.RuleReplyClassifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Research spike (not a product test): would a small learned, language-agnostic text classifier (character
 * n-grams 2-5 + word uni/bigrams on accent-folded lower-case text, multinomial logistic regression or
 * multinomial naive Bayes, plain Java) generalise to an unseen kept-apart set better than the rules and the
 * offline default? Leave-one-set-out over the five kept-apart sets; the English and multilingual eval sets are
 * always training data. Only the four people's classes. Never runs in CI: run with {@code -Dspike=true}, see
 * {@code docs/spike-learned-classifier.md}. Writes {@code target/spike-learned-classifier.md}.
 */
@Tag("spike")
@EnabledIfSystemProperty(named = "spike", matches = "true")
class LearnedClassifierSpikeTest {

    private static final List<ReplyCategory> PEOPLE = List.of(ReplyCategory.INTERESTED,
            ReplyCategory.NOT_INTERESTED, ReplyCategory.NEEDS_FOLLOW_UP, ReplyCategory.UNCLEAR);

    record Ex(String source, String text, ReplyCategory label, String lang) {
    }

    // ---------------------------------------------------------------- data

    static List<Ex> keptApart(KeptApartSet set, String name) {
        List<Ex> out = new ArrayList<>();
        for (KeptApartSet.Row r : set.rows()) {
            if (PEOPLE.contains(r.label())) {
                out.add(new Ex(name, r.words(), r.label(), r.lang()));
            }
        }
        return out;
    }

    static List<Ex> english() throws Exception {
        String text = Files.readString(Path.of("../campaign-llm/src/test/resources/eval/replies.csv"),
                StandardCharsets.UTF_8);
        List<List<String>> recs = csv(text);
        List<Ex> out = new ArrayList<>();
        for (int i = 1; i < recs.size(); i++) {
            List<String> r = recs.get(i);
            if (r.size() < 2 || r.get(0).isBlank()) {
                continue;
            }
            ReplyCategory c = ReplyCategory.valueOf(r.get(1).trim().toUpperCase(Locale.ROOT));
            if (PEOPLE.contains(c)) {
                out.add(new Ex("english", r.get(0), c, "en"));
            }
        }
        return out;
    }

    static List<Ex> multilingual() throws Exception {
        List<Ex> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../campaign-llm/src/test/resources/eval/multilingual.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            ReplyCategory c = ReplyCategory.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
            if (PEOPLE.contains(c)) {
                out.add(new Ex("multilingual", f[0].replace("\\n", "\n"), c, f[2].trim()));
            }
        }
        return out;
    }

    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    // ---------------------------------------------------------------- features

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0");
        n = n.replaceAll("[^\\p{L}\\p{N}@.?!]+", " ").replaceAll("\\s+", " ").trim();
        return n;
    }

    static Map<String, Integer> grams(String text) {
        String t = fold(text);
        Map<String, Integer> m = new HashMap<>();
        String padded = " " + t + " ";
        for (int n = 2; n <= 5; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                m.merge("c" + padded.substring(i, i + n), 1, Integer::sum);
            }
        }
        String[] words = t.replaceAll("[.?!]", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            m.merge("w" + words[i], 1, Integer::sum);
            if (i + 1 < words.length) {
                m.merge("b" + words[i] + " " + words[i + 1], 1, Integer::sum);
            }
        }
        return m;
    }

    record Vec(int[] idx, double[] val) {
    }

    /** TF-IDF (sublinear tf, smoothed idf, fitted on the training fold only), L2-normalised. */
    static final class Featurizer {
        final Map<String, Integer> vocab = new HashMap<>();
        double[] idf;

        Featurizer(List<Ex> train) {
            Map<String, Integer> df = new HashMap<>();
            for (Ex e : train) {
                for (String g : grams(e.text()).keySet()) {
                    df.merge(g, 1, Integer::sum);
                }
            }
            for (String g : new TreeSet<>(df.keySet())) {
                vocab.put(g, vocab.size());
            }
            idf = new double[vocab.size()];
            for (Map.Entry<String, Integer> d : df.entrySet()) {
                idf[vocab.get(d.getKey())] = Math.log((1.0 + train.size()) / (1.0 + d.getValue())) + 1.0;
            }
        }

        Vec tfidf(String text) {
            TreeMap<Integer, Double> m = new TreeMap<>();
            for (Map.Entry<String, Integer> g : grams(text).entrySet()) {
                Integer j = vocab.get(g.getKey());
                if (j != null) {
                    m.put(j, (1.0 + Math.log(g.getValue())) * idf[j]);
                }
            }
            return toVec(m, true);
        }

        Vec counts(String text) {
            TreeMap<Integer, Double> m = new TreeMap<>();
            for (Map.Entry<String, Integer> g : grams(text).entrySet()) {
                Integer j = vocab.get(g.getKey());
                if (j != null) {
                    m.put(j, 1.0 + Math.log(g.getValue()));
                }
            }
            return toVec(m, false);
        }

        static Vec toVec(TreeMap<Integer, Double> m, boolean l2) {
            int[] idx = new int[m.size()];
            double[] val = new double[m.size()];
            double norm = 0;
            int k = 0;
            for (Map.Entry<Integer, Double> e : m.entrySet()) {
                idx[k] = e.getKey();
                val[k] = e.getValue();
                norm += val[k] * val[k];
                k++;
            }
            if (l2 && norm > 0) {
                norm = Math.sqrt(norm);
                for (int i = 0; i < val.length; i++) {
                    val[i] /= norm;
                }
            }
            return new Vec(idx, val);
        }
    }

    interface Model {
        double[] probs(String text);

        default ReplyCategory predict(String text) {
            double[] p = probs(text);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            return PEOPLE.get(best);
        }
    }

    /** Multinomial logistic regression, L2, AdaGrad SGD; fixed hyperparameters for every fold. */
    static final class LogReg implements Model {
        static final int DEFAULT_EPOCHS = 30;
        static final double LR = 0.5;
        static final double DEFAULT_L2 = 1e-4;
        final Featurizer f;
        final double[][] w;
        final double[] b = new double[PEOPLE.size()];

        LogReg(List<Ex> train) {
            this(train, DEFAULT_L2, DEFAULT_EPOCHS);
        }

        LogReg(List<Ex> train, double L2, int EPOCHS) {
            f = new Featurizer(train);
            int d = f.vocab.size();
            int k = PEOPLE.size();
            w = new double[k][d];
            double[][] g2 = new double[k][d];
            double[] bg2 = new double[k];
            List<Vec> xs = new ArrayList<>();
            for (Ex e : train) {
                xs.add(f.tfidf(e.text()));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                order.add(i);
            }
            Random rnd = new Random(42);
            for (int ep = 0; ep < EPOCHS; ep++) {
                java.util.Collections.shuffle(order, rnd);
                for (int i : order) {
                    Vec x = xs.get(i);
                    double[] p = softmax(x);
                    int y = PEOPLE.indexOf(train.get(i).label());
                    for (int c = 0; c < k; c++) {
                        double g = p[c] - (c == y ? 1 : 0);
                        for (int t = 0; t < x.idx().length; t++) {
                            int j = x.idx()[t];
                            double gj = g * x.val()[t] + L2 * w[c][j];
                            g2[c][j] += gj * gj;
                            w[c][j] -= LR * gj / (Math.sqrt(g2[c][j]) + 1e-8);
                        }
                        bg2[c] += g * g;
                        b[c] -= LR * g / (Math.sqrt(bg2[c]) + 1e-8);
                    }
                }
            }
        }

        double[] softmax(Vec x) {
            double[] z = b.clone();
            for (int c = 0; c < z.length; c++) {
                for (int t = 0; t < x.idx().length; t++) {
                    z[c] += w[c][x.idx()[t]] * x.val()[t];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (int c = 0; c < z.length; c++) {
                z[c] = Math.exp(z[c] - max);
                s += z[c];
            }
            for (int c = 0; c < z.length; c++) {
                z[c] /= s;
            }
            return z;
        }

        @Override
        public double[] probs(String text) {
            return softmax(f.tfidf(text));
        }
    }

    /** Multinomial naive Bayes on sublinear counts, additive smoothing 0.1, uniform prior. */
    static final class NaiveBayes implements Model {
        static final double ALPHA = 0.1;
        final Featurizer f;
        final double[][] logp;

        NaiveBayes(List<Ex> train) {
            f = new Featurizer(train);
            int d = f.vocab.size();
            double[][] cnt = new double[PEOPLE.size()][d];
            double[] tot = new double[PEOPLE.size()];
            for (Ex e : train) {
                int y = PEOPLE.indexOf(e.label());
                Vec x = f.counts(e.text());
                for (int t = 0; t < x.idx().length; t++) {
                    cnt[y][x.idx()[t]] += x.val()[t];
                    tot[y] += x.val()[t];
                }
            }
            logp = new double[PEOPLE.size()][d];
            for (int c = 0; c < PEOPLE.size(); c++) {
                for (int j = 0; j < d; j++) {
                    logp[c][j] = Math.log((cnt[c][j] + ALPHA) / (tot[c] + ALPHA * d));
                }
            }
        }

        @Override
        public double[] probs(String text) {
            Vec x = f.counts(text);
            double[] z = new double[PEOPLE.size()];
            for (int c = 0; c < z.length; c++) {
                for (int t = 0; t < x.idx().length; t++) {
                    z[c] += logp[c][x.idx()[t]] * x.val()[t];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (int c = 0; c < z.length; c++) {
                z[c] = Math.exp(z[c] - max);
                s += z[c];
            }
            for (int c = 0; c < z.length; c++) {
                z[c] /= s;
            }
            return z;
        }
    }

    // ---------------------------------------------------------------- scoring

    /** Macro-F1 over the four people's classes; a prediction outside them (skip) is a miss with no false positive. */
    static double macroF1(List<ReplyCategory> gold, List<ReplyCategory> pred) {
        double sum = 0;
        for (ReplyCategory c : PEOPLE) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i) == c;
                boolean p = pred.get(i) == c;
                if (g && p) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            sum += f1;
        }
        return sum / PEOPLE.size();
    }

    static Reply reply(String body) {
        return new Reply("L1", "someone@example.test", "Re: A quick question", body, Map.of(),
                Instant.parse("2026-03-04T10:00:00Z"), "test");
    }

    static ReplyCategory vote(ReplyCategory tie, ReplyCategory... votes) {
        Map<ReplyCategory, Integer> n = new LinkedHashMap<>();
        for (ReplyCategory v : votes) {
            n.merge(v, 1, Integer::sum);
        }
        for (Map.Entry<ReplyCategory, Integer> e : n.entrySet()) {
            if (e.getValue() >= 2) {
                return e.getKey();
            }
        }
        return tie;
    }

    @Test
    void leaveOneSetOut() throws Exception {
        long t0 = System.currentTimeMillis();
        Map<String, List<Ex>> sets = new LinkedHashMap<>();
        sets.put("kept-apart", keptApart(KeptApartSet.first(), "kept-apart"));
        sets.put("kept-apart-2", keptApart(KeptApartSet.second(), "kept-apart-2"));
        sets.put("kept-apart-3", keptApart(KeptApartSet.third(), "kept-apart-3"));
        sets.put("kept-apart-4", keptApart(KeptApartSet.fourth(), "kept-apart-4"));
        sets.put("kept-apart-5", keptApart(KeptApartSet.fifth(), "kept-apart-5"));
        List<Ex> always = new ArrayList<>(english());
        always.addAll(multilingual());

        StringBuilder md = new StringBuilder();
        md.append("## Data (people's four classes only)\n\n| source | n | per class (int/not/nfu/unc) | languages |\n|---|---|---|---|\n");
        Map<String, List<Ex>> all = new LinkedHashMap<>(sets);
        all.put("english (eval/replies.csv)", english());
        all.put("multilingual (eval/multilingual.tsv)", multilingual());
        for (Map.Entry<String, List<Ex>> s : all.entrySet()) {
            int[] per = new int[4];
            Map<String, Integer> langs = new TreeMap<>();
            for (Ex e : s.getValue()) {
                per[PEOPLE.indexOf(e.label())]++;
                langs.merge(e.lang(), 1, Integer::sum);
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %d/%d/%d/%d | %s |%n", s.getKey(), s.getValue().size(),
                    per[0], per[1], per[2], per[3], langs));
        }

        ReplyClassifier rules = RuleReplyClassifier.defaults();
        ReplyClassifier offline = EmbeddingReplyClassifier.defaults();

        List<String> methods = List.of("learned LR", "learned NB", "rules", "offline default",
                "F1 vote(rules,offline,LR), tie->LR", "F2 en->offline, else LR",
                "F3 en->offline, else vote(rules,offline,LR)", "F4 vote(rules,offline,LR), tie->offline",
                "F5 offline, but its unclear/skip -> LR", "F6 rules, but its unclear/skip -> LR",
                "learned LR+NB (mean prob)", "F7 vote(rules,offline,LR+NB), tie->LR+NB",
                "learned LR, L2/epochs by inner CV", "F6 with the inner-CV LR");
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        // pooled over folds, per language: method -> lang -> (gold, pred)
        Map<String, Map<String, List<ReplyCategory[]>>> pooled = new LinkedHashMap<>();
        // per fold per language
        Map<String, Map<String, List<Double>>> foldLang = new LinkedHashMap<>();
        for (String m : methods) {
            pooled.put(m, new TreeMap<>());
            foldLang.put(m, new TreeMap<>());
        }
        StringBuilder inner = new StringBuilder("\n## Inner CV for the LR (outer held-out set; mean macro-F1 of inner leave-one-set-out over the "
                + "four training kept-apart sets, per L2/epochs; chosen)\n\n| outer held-out | 1e-5/10 | 1e-5/30 | 1e-4/10 | 1e-4/30 | 1e-3/10 | 1e-3/30 | chosen |\n|---|---|---|---|---|---|---|---|\n");

        for (String held : sets.keySet()) {
            List<Ex> train = new ArrayList<>(always);
            for (Map.Entry<String, List<Ex>> s : sets.entrySet()) {
                if (!s.getKey().equals(held)) {
                    train.addAll(s.getValue());
                }
            }
            List<Ex> test = sets.get(held);
            LogReg lr = new LogReg(train);
            // inner leave-one-set-out over the four training kept-apart sets, choose L2 and epochs
            double[] l2s = {1e-5, 1e-4, 1e-3};
            int[] eps = {10, 30};
            double bestScore = -1;
            double bestL2 = 0;
            int bestEp = 0;
            inner.append("| ").append(held).append(" |");
            for (double l2 : l2s) {
                for (int ep : eps) {
                    double sc = 0;
                    int nIn = 0;
                    for (String innerHeld : sets.keySet()) {
                        if (innerHeld.equals(held)) {
                            continue;
                        }
                        List<Ex> itrain = new ArrayList<>(always);
                        for (Map.Entry<String, List<Ex>> s2 : sets.entrySet()) {
                            if (!s2.getKey().equals(held) && !s2.getKey().equals(innerHeld)) {
                                itrain.addAll(s2.getValue());
                            }
                        }
                        LogReg im = new LogReg(itrain, l2, ep);
                        List<ReplyCategory> ig = new ArrayList<>();
                        List<ReplyCategory> ip = new ArrayList<>();
                        for (Ex e : sets.get(innerHeld)) {
                            ig.add(e.label());
                            ip.add(im.predict(e.text()));
                        }
                        sc += macroF1(ig, ip);
                        nIn++;
                    }
                    sc /= nIn;
                    inner.append(String.format(Locale.ROOT, " %.3f |", sc));
                    if (sc > bestScore + 1e-12) {
                        bestScore = sc;
                        bestL2 = l2;
                        bestEp = ep;
                    }
                }
            }
            inner.append(String.format(Locale.ROOT, " L2=%.0e, %d epochs |%n", bestL2, bestEp));
            LogReg lrCv = new LogReg(train, bestL2, bestEp);
            NaiveBayes nb = new NaiveBayes(train);
            Map<String, List<ReplyCategory>> preds = new LinkedHashMap<>();
            for (String m : methods) {
                preds.put(m, new ArrayList<>());
            }
            List<ReplyCategory> gold = new ArrayList<>();
            for (Ex e : test) {
                gold.add(e.label());
                Reply r = reply(e.text());
                ReplyCategory l = lr.predict(e.text());
                ReplyCategory n = nb.predict(e.text());
                ReplyCategory ru = rules.classify(r).category();
                ReplyCategory of = offline.classify(r).category();
                boolean en = e.lang().equals("en");
                preds.get("learned LR").add(l);
                preds.get("learned NB").add(n);
                preds.get("rules").add(ru);
                preds.get("offline default").add(of);
                preds.get("F1 vote(rules,offline,LR), tie->LR").add(vote(l, ru, of, l));
                preds.get("F2 en->offline, else LR").add(en ? of : l);
                preds.get("F3 en->offline, else vote(rules,offline,LR)").add(en ? of : vote(l, ru, of, l));
                preds.get("F4 vote(rules,offline,LR), tie->offline").add(vote(of, ru, of, l));
                boolean ofWeak = of == ReplyCategory.UNCLEAR || of == ReplyCategory.SKIP;
                boolean ruWeak = ru == ReplyCategory.UNCLEAR || ru == ReplyCategory.SKIP;
                preds.get("F5 offline, but its unclear/skip -> LR").add(ofWeak ? l : of);
                preds.get("F6 rules, but its unclear/skip -> LR").add(ruWeak ? l : ru);
                double[] pl = lr.probs(e.text());
                double[] pn = nb.probs(e.text());
                int best = 0;
                for (int k = 1; k < pl.length; k++) {
                    if (pl[k] + pn[k] > pl[best] + pn[best]) {
                        best = k;
                    }
                }
                ReplyCategory ln = PEOPLE.get(best);
                preds.get("learned LR+NB (mean prob)").add(ln);
                preds.get("F7 vote(rules,offline,LR+NB), tie->LR+NB").add(vote(ln, ru, of, ln));
                ReplyCategory lc = lrCv.predict(e.text());
                preds.get("learned LR, L2/epochs by inner CV").add(lc);
                preds.get("F6 with the inner-CV LR").add(ruWeak ? lc : ru);
            }
            for (String m : methods) {
                table.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(held, macroF1(gold, preds.get(m)));
                Map<String, List<Integer>> byLang = new TreeMap<>();
                for (int i = 0; i < test.size(); i++) {
                    pooled.get(m).computeIfAbsent(test.get(i).lang(), k -> new ArrayList<>())
                            .add(new ReplyCategory[] {gold.get(i), preds.get(m).get(i)});
                    byLang.computeIfAbsent(test.get(i).lang(), k -> new ArrayList<>()).add(i);
                }
                for (Map.Entry<String, List<Integer>> bl : byLang.entrySet()) {
                    List<ReplyCategory> g = new ArrayList<>();
                    List<ReplyCategory> p = new ArrayList<>();
                    for (int i : bl.getValue()) {
                        g.add(gold.get(i));
                        p.add(preds.get(m).get(i));
                    }
                    foldLang.get(m).computeIfAbsent(bl.getKey(), k -> new ArrayList<>()).add(macroF1(g, p));
                }
            }
            System.out.printf(Locale.ROOT, "fold %s done (%d train, %d test, vocab %d) %ds%n", held, train.size(),
                    test.size(), lr.f.vocab.size(), (System.currentTimeMillis() - t0) / 1000);
        }

        md.append("\n## Leave-one-set-out macro-F1 (four people's classes; skip on a person's text = miss)\n\n| method |");
        for (String s : sets.keySet()) {
            md.append(' ').append(s).append(" |");
        }
        md.append(" mean | mean of 2-5 |\n|---|");
        for (int i = 0; i < sets.size() + 2; i++) {
            md.append("---|");
        }
        md.append('\n');
        for (String m : methods) {
            md.append("| ").append(m).append(" |");
            double sum = 0;
            double sum25 = 0;
            for (String s : sets.keySet()) {
                double v = table.get(m).get(s);
                sum += v;
                if (!s.equals("kept-apart")) {
                    sum25 += v;
                }
                md.append(String.format(Locale.ROOT, " %.3f |", v));
            }
            md.append(String.format(Locale.ROOT, " **%.3f** | %.3f |%n", sum / sets.size(), sum25 / (sets.size() - 1)));
        }

        TreeSet<String> langs = new TreeSet<>();
        for (List<Ex> s : sets.values()) {
            for (Ex e : s) {
                langs.add(e.lang());
            }
        }
        md.append("\n## Per language: macro-F1 of the predictions pooled over the five held-out folds (n = texts)\n\n| method |");
        for (String l : langs) {
            md.append(' ').append(l).append(" (n=").append(pooled.get("rules").get(l).size()).append(") |");
        }
        md.append("\n|---|");
        for (int i = 0; i < langs.size(); i++) {
            md.append("---|");
        }
        md.append('\n');
        for (String m : methods) {
            md.append("| ").append(m).append(" |");
            for (String l : langs) {
                List<ReplyCategory> g = new ArrayList<>();
                List<ReplyCategory> p = new ArrayList<>();
                for (ReplyCategory[] gp : pooled.get(m).get(l)) {
                    g.add(gp[0]);
                    p.add(gp[1]);
                }
                md.append(String.format(Locale.ROOT, " %.3f |", macroF1(g, p)));
            }
            md.append('\n');
        }
        md.append("\n## Per language: mean over the five folds of the per-fold, per-language macro-F1\n\n| method |");
        for (String l : langs) {
            md.append(' ').append(l).append(" |");
        }
        md.append("\n|---|");
        for (int i = 0; i < langs.size(); i++) {
            md.append("---|");
        }
        md.append('\n');
        for (String m : methods) {
            md.append("| ").append(m).append(" |");
            for (String l : langs) {
                md.append(String.format(Locale.ROOT, " %.3f |",
                        foldLang.get(m).get(l).stream().mapToDouble(Double::doubleValue).average().orElse(0)));
            }
            md.append('\n');
        }
        md.append("\n## Per class: F1 of the predictions pooled over all five held-out folds (480 texts)\n\n| method | interested | not_interested | needs_follow_up | unclear | skip predicted on a person |\n|---|---|---|---|---|---|\n");
        for (String m : methods) {
            List<ReplyCategory> g = new ArrayList<>();
            List<ReplyCategory> p = new ArrayList<>();
            for (List<ReplyCategory[]> v : pooled.get(m).values()) {
                for (ReplyCategory[] gp : v) {
                    g.add(gp[0]);
                    p.add(gp[1]);
                }
            }
            md.append("| ").append(m).append(" |");
            for (ReplyCategory c : PEOPLE) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < g.size(); i++) {
                    if (g.get(i) == c && p.get(i) == c) {
                        tp++;
                    } else if (p.get(i) == c) {
                        fp++;
                    } else if (g.get(i) == c) {
                        fn++;
                    }
                }
                md.append(String.format(Locale.ROOT, " %.3f |", tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn)));
            }
            md.append(' ').append(p.stream().filter(x -> x == ReplyCategory.SKIP).count()).append(" |\n");
        }
        md.append(inner);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/spike-learned-classifier.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.printf(Locale.ROOT, "total %ds%n", (System.currentTimeMillis() - t0) / 1000);
    }
}

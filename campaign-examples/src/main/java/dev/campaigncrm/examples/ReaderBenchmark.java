package dev.campaigncrm.examples;

import dev.campaigncrm.llm.offline.EmbeddingReplyClassifier;
import dev.campaigncrm.mail.EmlReplyReader;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.RuleReplyClassifier;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark main for the reply reader (issue 9): messages per second parsed from raw MIME (plain text and HTML
 * replies in seven languages, each quoting the campaign email with its footer) and then classified offline, by the
 * rules and by the offline default (all-MiniLM-L6-v2 embeddings). Prints one line per stage: wall time and the
 * benchmark thread's CPU time (on a shared, overloaded machine the CPU time is the steadier figure).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.ReaderBenchmark 5000
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.ReaderBenchmark 5000 rules
 * </pre>
 *
 * The second argument {@code rules} skips the offline default (parse and rules only).
 */
public final class ReaderBenchmark {

    private static final String[] REPLIES = {"Sounds good, can we do a call on Thursday?",
        "Gerne, lassen Sie uns nächste Woche telefonieren.", "Merci, mais nous ne sommes pas intéressés.",
        "¿Podría enviarme más información sobre los precios?", "Tenho interesse, podemos marcar uma reunião?",
        "Non ora, sentiamoci a settembre.", "Ik ben niet de juiste persoon, mail naar sales@voorbeeld.test."};

    private ReaderBenchmark() {
    }

    /** Arguments: how many messages (5000); {@code rules} to skip the offline default. */
    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 5000, args.length > 1 && args[1].equals("rules"),
                System.out);
    }

    static void run(int messages, boolean rulesOnly, PrintStream out) {
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            raw.add(message(i).getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        long cpu = cpuNanos();
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            replies.add(EmlReplyReader.read(new ByteArrayInputStream(raw.get(i)), "bench-" + i + ".eml"));
        }
        print(out, "parse (MIME, HTML to text, quoted text removed)", messages, System.nanoTime() - start,
                cpuNanos() - cpu);
        classify(out, "classify: rules", RuleReplyClassifier.defaults(), replies);
        if (!rulesOnly) {
            long warmStart = System.nanoTime();
            long warmCpu = cpuNanos();
            EmbeddingReplyClassifier offline = EmbeddingReplyClassifier.defaults().warmUp();
            out.printf(Locale.ROOT, "%-50s %7.2f s; CPU %7.2f s%n",
                    "warm-up: model load, examples, learned model", (System.nanoTime() - warmStart) / 1e9,
                    (cpuNanos() - warmCpu) / 1e9);
            classify(out, "classify: offline:all-minilm-l6-v2-q", offline, replies);
        }
    }

    private static void classify(PrintStream out, String name, ReplyClassifier classifier, List<Reply> replies) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        replies.forEach(classifier::classify);
        print(out, name, replies.size(), System.nanoTime() - start, cpuNanos() - cpu);
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void print(PrintStream out, String stage, int n, long nanos, long cpuNanos) {
        out.printf(Locale.ROOT, "%-50s %6d messages in %7.2f s = %7.0f messages/s; CPU %7.2f s = %7.0f messages/s%n",
                stage, n, nanos / 1e9, n / (nanos / 1e9), cpuNanos / 1e9, n / (cpuNanos / 1e9));
    }

    private static String message(int i) {
        String text = REPLIES[i % REPLIES.length];
        boolean html = i % 2 == 1;
        String quoted = "On Tue, 3 Mar 2026 at 10:15, Alex Morgan <alex@seller.test> wrote:\n> Hi,\n>\n"
                + "> new hires often wait a week for their laptop.\n> Would you have 20 minutes next week?\n>\n"
                + "> Alex Morgan, Onboardly\n> Not interested? Reply \"unsubscribe\": https://seller.test/u/" + i;
        String body = html
                ? "<html><body><div dir=\"ltr\">" + text + "</div><br><div class=\"gmail_quote\"><div class="
                + "\"gmail_attr\">On Tue, 3 Mar 2026 at 10:15, Alex Morgan &lt;alex@seller.test&gt; wrote:</div>"
                + "<blockquote class=\"gmail_quote\">Hi,<br><br>new hires often wait a week.<br>Not interested? "
                + "Reply &quot;unsubscribe&quot;</blockquote></div></body></html>"
                : text + "\n\n" + quoted;
        return "From: Lead " + i + " <lead" + i + "@client.example>\r\nTo: alex@seller.test\r\n"
                + "Subject: Re: A quick question\r\nDate: Wed, 4 Mar 2026 10:00:00 +0000\r\n"
                + "Message-ID: <r" + i + "@client.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/" + (html ? "html" : "plain") + "; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n";
    }
}

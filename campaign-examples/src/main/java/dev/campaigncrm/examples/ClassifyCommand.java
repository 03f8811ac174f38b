package dev.campaigncrm.examples;

import dev.campaigncrm.llm.offline.EmbeddingReplyClassifier;
import dev.campaigncrm.mail.EmlReplyReader;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyClassifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code classify FILE...}: classifies reply files with the default classifier and prints CSV. */
@Command(name = "classify", abbreviateSynopsis = true, usageHelpWidth = 100,
        header = "Classify reply files (.eml or plain text) and print CSV.",
        description = "%nClassifies each file with the offline classifier (rules and the in-process all-MiniLM-L6-v2 "
                + "model) and prints file,category,confidence,rationale, one row per file, in the order given.",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was classified", "1:a file could not be read",
                "2:a usage error (no file, an unknown option)"})
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "A reply: an .eml file, or plain text.")
    List<Path> files;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final PrintStream out;

    ClassifyCommand(PrintStream out) {
        this.out = out;
    }

    /** Classifies the files given on the command line. */
    @Override
    public Integer call() {
        run(files);
        return 0;
    }

    /** Prints {@code file,category,confidence,rationale}, one row per file, in the order given. */
    void run(List<Path> files) {
        ReplyClassifier classifier = EmbeddingReplyClassifier.defaults();
        out.println("file,category,confidence,rationale");
        for (Path file : files) {
            ReplyClassification c = classifier.classify(read(file));
            out.println(String.join(",", cell(file.toString()), c.category().label(),
                    String.format(Locale.ROOT, "%.2f", c.confidence()), cell(c.rationale())));
        }
    }

    private static Reply read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("No such file: " + file));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
            return EmlReplyReader.read(file);
        }
        try {
            return new Reply("", "", "", Files.readString(file, StandardCharsets.UTF_8), Map.of(), Instant.EPOCH,
                    "file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String cell(String v) {
        String safe = v.matches("^[=+\\-@\\t\\r].*") ? "'" + v : v;
        return safe.matches("(?s).*[\",\\r\\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}

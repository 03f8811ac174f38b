package dev.campaigncrm.examples;

import dev.campaigncrm.lead.LeadSourceException;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.send.MailerUnavailableException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The example's command line on picocli: the top command runs the campaign ({@code run} is the default, so
 * {@code java -jar campaign-examples.jar [options]} works as before), {@code classify FILE...} and {@code help};
 * exit codes 0 ok, 1 campaign error, 2 usage error.
 */
final class ExampleCli {

    /** How the help names the program. */
    static final String NAME = "java -jar campaign-examples.jar";

    private ExampleCli() {
    }

    /** The command line whose campaign runs go to {@code campaign}, printing to {@code out} and {@code err}. */
    static CommandLine create(Consumer<AppOptions> campaign, PrintStream out, PrintStream err) {
        CommandLine cl = new LastValueWins(new ExampleCommand(campaign))
                .addSubcommand(new RunCommand(campaign))
                .addSubcommand(new ClassifyCommand(out))
                .addSubcommand(new CommandLine.HelpCommand());
        // after the subcommands: each setting below is copied to the commands already added
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setUnmatchedOptionsAllowedAsOptionParameters(false); // --model --rpm: --model has no value
        cl.setOverwrittenOptionsAllowed(true); // as before: an option given twice takes its last value
        cl.setExpandAtFiles(false); // an argument starting with @ is a value, not a file of arguments
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(ExampleCli::campaignError);
        cl.setExecutionStrategy(parsed -> {
            requireOptionsAfterCommand(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /**
     * The options of the campaign these arguments run (with or without {@code run}); throws IllegalArgumentException
     * with the message the user would see.
     */
    static AppOptions campaignOptions(String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = create(options -> { }, nowhere, nowhere);
        try {
            ParseResult parsed = cl.parseArgs(args);
            requireOptionsAfterCommand(parsed);
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            if (parsed.commandSpec().userObject() instanceof RunCommand run) {
                return run.appOptions();
            }
            throw new IllegalArgumentException("'" + parsed.commandSpec().name() + "' runs no campaign");
        } catch (ParameterException e) {
            throw new IllegalArgumentException(UsageErrors.message(e), e);
        }
    }

    /**
     * The command line that keeps only the last occurrence of an option given more than once. Picocli alone would
     * take an option's second occurrence as the start of a new instance of the option's group (the help's sections
     * are argument groups), and every option after it, of any group, would go to new instances: {@code --leads a.csv
     * --rpm 10 --rpm 20 --seed 7} silently ran on the default lead file with the default seed.
     */
    private static final class LastValueWins extends CommandLine {

        LastValueWins(Object command) {
            super(command);
        }

        @Override
        public int execute(String... args) {
            return super.execute(lastOccurrences(this, args));
        }

        @Override
        public ParseResult parseArgs(String... args) {
            return super.parseArgs(lastOccurrences(this, args));
        }
    }

    /**
     * {@code args} without the earlier occurrences of an option given again later (with their values); every other
     * argument stays where it was, so that anything malformed is reported as before.
     */
    static String[] lastOccurrences(CommandLine cl, String... args) {
        int start = args.length > 0 && cl.getSubcommands().containsKey(args[0]) ? 1 : 0;
        CommandSpec spec = start == 1 ? cl.getSubcommands().get(args[0]).getCommandSpec() : cl.getCommandSpec();
        List<OptionSpec> optionAt = new ArrayList<>(Collections.nCopies(args.length, null));
        int[] span = new int[args.length];
        Map<OptionSpec, Integer> last = new HashMap<>();
        for (int i = start; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            OptionSpec o = option(spec, args[i]);
            if (o == null) {
                continue;
            }
            boolean attached = args[i].contains("=");
            boolean takesValue = !attached && o.arity().max() > 0;
            if (takesValue && (i + 1 >= args.length || option(spec, args[i + 1]) != null)) {
                continue; // a missing value: left for picocli to report
            }
            optionAt.set(i, o);
            span[i] = takesValue ? 2 : 1;
            last.put(o, i);
            i += span[i] - 1;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            OptionSpec o = optionAt.get(i);
            if (o != null && last.get(o) != i) {
                i += span[i] - 1;
                continue;
            }
            kept.add(args[i]);
        }
        return kept.toArray(String[]::new);
    }

    private static OptionSpec option(CommandSpec spec, String arg) {
        if (!arg.startsWith("-")) {
            return null;
        }
        int eq = arg.indexOf('=');
        return spec.findOption(eq < 0 ? arg : arg.substring(0, eq));
    }

    /** {@code --seed 3 classify FILE} would drop the seed without a word: a command comes before its options. */
    private static void requireOptionsAfterCommand(ParseResult parsed) {
        if (parsed.hasSubcommand() && parsed.matchedOptions().stream().anyMatch(o -> !o.usageHelp())) {
            String first = parsed.matchedOptions().stream().filter(o -> !o.usageHelp()).map(OptionSpec::longestName)
                    .findFirst().orElseThrow();
            throw new ParameterException(parsed.commandSpec().commandLine(), first + " must come after the command: "
                    + NAME + " " + parsed.subcommand().commandSpec().name() + " [OPTIONS]");
        }
    }

    /** A campaign error: one line on the error stream and exit code 1; anything else is a bug and propagates. */
    private static int campaignError(Exception e, CommandLine cl, ParseResult parsed) throws Exception {
        if (e instanceof CampaignException || e instanceof LeadSourceException
                || e instanceof MailerUnavailableException || e instanceof UncheckedIOException) {
            cl.getErr().println("error: " + e.getMessage());
            return 1;
        }
        throw e;
    }
}

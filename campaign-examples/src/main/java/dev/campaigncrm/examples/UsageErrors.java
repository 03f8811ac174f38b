package dev.campaigncrm.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the example reports a usage error: one message that names the option and the value (the synopsis too when an
 * option is unknown), where to find every option, exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    /** The exit code of a usage error. */
    static final int EXIT_CODE = 2;

    /**
     * The message for the user: a value a converter refused reads {@code --option must be ..., not 'value'} (the
     * converter's words after the option's name, unless they already start with it, as {@link WindowSpec}'s do);
     * anything else is picocli's message, which names the option.
     */
    static String message(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() instanceof OptionSpec option) {
            String name = option.longestName();
            return t.getMessage().startsWith(name) ? t.getMessage() : name + " " + t.getMessage();
        }
        return e.getMessage();
    }

    /** Prints the message (and the usage after an unknown option) to the command line's error stream. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(message(e));
        if (e instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
            err.println();
            err.print(cl.getHelp().synopsisHeading() + cl.getHelp().synopsis(0));
        }
        err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help' for every option.");
        err.flush();
        return EXIT_CODE;
    }
}

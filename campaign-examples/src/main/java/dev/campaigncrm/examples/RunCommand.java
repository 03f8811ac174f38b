package dev.campaigncrm.examples;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run [OPTIONS]}: runs the example campaign; the top command does the same when no command is named. */
@Command(name = "run", abbreviateSynopsis = true, sortOptions = false, usageHelpWidth = 100,
        header = "Run the example campaign (the default command: the same options work without 'run').",
        description = "%nAnalyses the leads, writes and sends the emails (phase one), then reads the replies and "
                + "writes the report (phase two); with --follow-ups, one step of a sequence. Options may also be "
                + "written --option=value.",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the campaign ran", "1:a campaign error (lead file, mail server, store...)",
                "2:a usage error (an option or its value)"})
class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Consumer<AppOptions> campaign;

    RunCommand(Consumer<AppOptions> campaign) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
    }

    /** The options of this run; a usage error when two of them do not go together. */
    AppOptions appOptions() {
        return options.toAppOptions();
    }

    /** Runs the campaign; a campaign error is thrown for the command line's handler. */
    @Override
    public Integer call() {
        campaign.accept(appOptions());
        return 0;
    }
}

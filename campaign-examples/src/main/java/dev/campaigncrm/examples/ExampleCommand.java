package dev.campaigncrm.examples;

import java.util.function.Consumer;
import picocli.CommandLine.Command;

/** The top command: with no command named it runs the campaign exactly as {@code run} does, with the same options. */
@Command(name = ExampleCli.NAME,
        header = "The example campaign of Campaign CRM, and its reply classifier.",
        customSynopsis = {ExampleCli.NAME + " [run] [OPTIONS]     run the example campaign",
                "       " + ExampleCli.NAME + " classify FILE...   classify reply files (.eml or plain text)",
                "       " + ExampleCli.NAME + " help [COMMAND]     the options of a command"},
        commandListHeading = "%nCommands:%n")
final class ExampleCommand extends RunCommand {

    ExampleCommand(Consumer<AppOptions> campaign) {
        super(campaign);
    }
}

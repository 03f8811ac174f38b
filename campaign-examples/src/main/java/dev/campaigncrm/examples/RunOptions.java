package dev.campaigncrm.examples;

import dev.campaigncrm.sheets.SheetRef;
import java.nio.file.Path;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Every option of a campaign run, in four sections of the help; mixed into the top command and {@code run}. */
final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @ArgGroup(exclusive = false, validate = false, heading = "%nCampaign:%n", order = 1)
    CampaignOptions campaign = new CampaignOptions();

    @ArgGroup(exclusive = false, validate = false, heading = "%nAI (keys come from the environment only):%n",
            order = 2)
    AiOptions ai = new AiOptions();

    @ArgGroup(exclusive = false, validate = false, heading = "%nMail:%n", order = 3)
    MailOptions mail = new MailOptions();

    @ArgGroup(exclusive = false, validate = false, heading = "%nSequence:%n", order = 4)
    SequenceOptions sequence = new SequenceOptions();

    /** The options as one record, once the checks that involve more than one option have passed. */
    AppOptions toAppOptions() {
        if (campaign.phase != 0 && (sequence.followUps != null || sequence.store != null)) {
            throw new ParameterException(command.commandLine(), "--phase does not apply to a sequence (--follow-ups,"
                    + " --store): each run reads the replies first, then sends what is due");
        }
        if (sequence.leaseSeconds < 1) {
            throw new ParameterException(command.commandLine(), "--lease must be at least 1 second, not "
                    + sequence.leaseSeconds + ": a lease shorter than a send would pass a live worker's work to another");
        }
        boolean sheet = SheetRef.isSheetUri(campaign.leads);
        if (campaign.sheetsWriteBack && !sheet) {
            throw new ParameterException(command.commandLine(), "--sheets-write-back needs --leads"
                    + " sheets://SPREADSHEET_ID/TAB: the results go to a tab of the leads' spreadsheet");
        }
        return new AppOptions(campaign.phase, sheet ? null : Path.of(campaign.leads),
                sheet ? campaign.leads : null, campaign.sheetsWriteBack, campaign.workdir, campaign.asOf, campaign.campaignId,
                campaign.smtp, campaign.seed, campaign.concurrency, ai.toAi(), mail.toMail(), sequence.followUps,
                sequence.store, java.time.Duration.ofMillis(Math.round(sequence.leaseSeconds * 1000)),
                campaign.replyRate, campaign.variants);
    }
}

package dev.campaigncrm.analysis;

import dev.campaigncrm.internal.analysis.IndustryKeywords;
import dev.campaigncrm.internal.analysis.StatedSize;
import dev.campaigncrm.internal.analysis.StatedTitle;
import dev.campaigncrm.internal.analysis.TokenText;
import dev.campaigncrm.lead.EmailDomains;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills a lead's missing industry, job title, company size and notes with rules, offline. Every field it looks at
 * gets an {@link EnrichedField}: a value with its source and confidence, or {@link EnrichedField#UNKNOWN} with
 * confidence 0. A field the lead already has is never looked at, so never overwritten.
 *
 * <ul>
 *   <li>Industry: a keyword table over the company name's words (confidence 0.8), else the email domain's words,
 *       free-mail domains and the top-level domain ignored (0.6; a keyword run into a longer word such as
 *       {@code northwindlogistics} 0.5), else a strong keyword in the notes that is not negated (0.5).</li>
 *   <li>Job title: only a title the notes state ("I'm the CTO" 0.7; "as head of operations", "owner of" 0.6),
 *       rebuilt from a fixed vocabulary.</li>
 *   <li>Company size: only a size the notes state ("team of 40", "200 employees", "~1,000 staff"; 0.6); never a
 *       guessed number.</li>
 *   <li>Notes: a factual line built only from the lead's parsed last contact date, e.g. "No notes on file; last
 *       contacted 2026-11-03" (source "lead record", 1.0). It is a fact, not a signal: the analyser scores engagement
 *       on the original notes, so this line never earns points.</li>
 * </ul>
 * Notes are untrusted: only keywords from the rules' own vocabulary ever leave them.
 */
public final class RuleEnricher implements LeadEnricher {

    /** Confidence of an industry named by the company name. */
    public static final double COMPANY_NAME_CONFIDENCE = 0.8;
    /** Confidence of an industry named by a word of the email domain. */
    public static final double DOMAIN_CONFIDENCE = 0.6;
    /** Confidence of an industry keyword run into a longer domain word, or found in the notes. */
    public static final double WEAK_CONFIDENCE = 0.5;


    private RuleEnricher() {
    }

    /** The rule-based enricher. */
    public static RuleEnricher defaults() {
        return new RuleEnricher();
    }

    @Override
    public List<EnrichedField> enrich(Lead lead) {
        TokenText notes = TokenText.of(lead.notes());
        List<EnrichedField> out = new ArrayList<>();
        if (lead.isMissing(LeadField.INDUSTRY)) {
            out.add(industry(lead, notes));
        }
        if (lead.isMissing(LeadField.JOB_TITLE)) {
            out.add(StatedTitle.in(notes)
                    .map(t -> new EnrichedField(LeadField.JOB_TITLE, t.title(), "notes phrase '" + t.trigger() + "'",
                            t.confidence()))
                    .orElse(unknown(LeadField.JOB_TITLE, "no title stated in notes")));
        }
        if (lead.isMissing(LeadField.COMPANY_SIZE)) {
            out.add(StatedSize.in(lead.notes())
                    .map(s -> new EnrichedField(LeadField.COMPANY_SIZE, s.size(), "notes phrase '" + s.keyword() + "'",
                            s.confidence()))
                    .orElse(unknown(LeadField.COMPANY_SIZE, "no size stated in notes")));
        }
        if (lead.isMissing(LeadField.NOTES)) {
            String contact = lead.lastContactDate() == null ? "no recorded contact"
                    : "last contacted " + lead.lastContactDate();
            out.add(new EnrichedField(LeadField.NOTES, "No notes on file; " + contact, "lead record", 1.0));
        }
        return List.copyOf(out);
    }

    private static EnrichedField industry(Lead lead, TokenText notes) {
        Optional<IndustryKeywords.Hit> byName = IndustryKeywords.find(TokenText.words(lead.company()), false);
        if (byName.isPresent()) {
            return industry(byName.get(), "company name keyword", COMPANY_NAME_CONFIDENCE);
        }
        List<String> domainWords = EmailDomains.words(lead.email());
        Optional<IndustryKeywords.Hit> byDomain = IndustryKeywords.find(domainWords, false);
        if (byDomain.isPresent()) {
            return industry(byDomain.get(), "email domain keyword", DOMAIN_CONFIDENCE);
        }
        Optional<IndustryKeywords.Hit> inDomain = IndustryKeywords.findEmbedded(domainWords);
        if (inDomain.isPresent()) {
            return industry(inDomain.get(), "email domain contains", WEAK_CONFIDENCE);
        }
        Optional<IndustryKeywords.Hit> byNotes = IndustryKeywords.find(unnegatedWords(notes), true);
        if (byNotes.isPresent()) {
            return industry(byNotes.get(), "notes keyword", WEAK_CONFIDENCE);
        }
        return unknown(LeadField.INDUSTRY, "no industry keyword in company name, email domain or notes");
    }

    private static EnrichedField industry(IndustryKeywords.Hit hit, String evidence, double confidence) {
        return new EnrichedField(LeadField.INDUSTRY, hit.industry(), evidence + " '" + hit.keyword() + "'",
                confidence);
    }

    private static List<String> unnegatedWords(TokenText notes) {
        List<String> words = new ArrayList<>();
        for (List<String> clause : notes.clauses()) {
            for (int i = 0; i < clause.size(); i++) {
                if (!TokenText.negatedBefore(clause, i)) {
                    words.add(clause.get(i));
                }
            }
        }
        return words;
    }

    private static EnrichedField unknown(LeadField field, String why) {
        return new EnrichedField(field, EnrichedField.UNKNOWN, why, 0.0);
    }
}

package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import java.util.List;

/** Hand-built analyses for the composer tests, independent of the analyser. */
final class Analyses {

    private Analyses() {
    }

    /** A plausible healthcare CTO lead to vary from. */
    static Lead.Builder priya() {
        return Lead.builder().id("A1").name("Priya Natarajan").email("priya@medcore-health.test")
                .company("MedCore Health").industry("Healthcare").jobTitle("Chief Technology Officer")
                .companySize("10,000").location("Boston, MA").lastContact("2026-11-20")
                .notes("Requested a demo; budget approved");
    }

    /** The analysis of a lead with this total score and persona. */
    static LeadAnalysis analysis(Lead lead, int score, Persona persona) {
        return new LeadAnalysis(lead, List.of(), breakdown(score), persona, "r", Provenance.of("rules"));
    }

    /** The analysis of a lead with this total score, as a general business contact. */
    static LeadAnalysis analysis(Lead lead, int score) {
        return analysis(lead, score, Persona.GENERAL_BUSINESS_CONTACT);
    }

    /** A breakdown whose parts add up to {@code total} (0–100). */
    static ScoreBreakdown breakdown(int total) {
        int engagement = Math.min(30, total);
        int recency = Math.min(25, total - engagement);
        int seniority = Math.min(25, total - engagement - recency);
        int size = total - engagement - recency - seniority;
        return new ScoreBreakdown(engagement, recency, seniority, size, List.of("test"));
    }

    /** A grid of varied leads: every title level, several industries, sizes, locations and scores. */
    static List<LeadAnalysis> grid() {
        String[] titles = {"CEO", "VP of Operations", "Finance Director", "Store Manager", "Data Analyst",
                "Marketing Manager", "HR Business Partner", "Software Engineer", "", "Founder"};
        String[] industries = {"Healthcare", "Logistics", "Software", "Retail", "Legal", "Agriculture", "",
                "Banking", "Hospitality", "Manufacturing", "Education"};
        String[] sizes = {"10,000", "500+", "50-100", "1-10 employees", "", "250"};
        String[] locations = {"Boston, MA", "Berlin, Germany", "", "Lagos, Nigeria", "São Paulo, Brazil"};
        String[] companies = {"MedCore Health", "Weber Logistik", "", "Okafor Bakery", "Fischer & Partner"};
        int[] scores = {0, 25, 39, 40, 55, 59, 60, 72, 79, 80, 91, 100};
        Persona[] personas = Persona.values();
        List<LeadAnalysis> out = new java.util.ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Lead lead = Lead.builder().id("G" + i).name(i % 7 == 0 ? "" : "Person" + i + " Example")
                    .email("g" + i + "@example.test").company(companies[i % companies.length])
                    .industry(industries[i % industries.length]).jobTitle(titles[i % titles.length])
                    .companySize(sizes[i % sizes.length]).location(locations[i % locations.length])
                    .notes("note " + i).build();
            out.add(analysis(lead, scores[i % scores.length], personas[i % personas.length]));
        }
        return out;
    }
}

package dev.campaigncrm.testing;

import dev.campaigncrm.lead.Lead;
import java.util.List;
import java.util.stream.IntStream;

/** Leads for tests. */
public final class TestLeads {

    private TestLeads() {
    }

    /** A plausible lead with a unique id and address. */
    public static Lead lead(int i) {
        return Lead.builder()
                .id("L" + i)
                .name("Person " + i)
                .email("person" + i + "@example.test")
                .company("Company " + i)
                .industry(i % 2 == 0 ? "Software" : "Healthcare")
                .jobTitle(switch (i % 4) {
                    case 0 -> "CEO";
                    case 1 -> "VP of Sales";
                    case 2 -> "Operations Manager";
                    default -> "Data Analyst";
                })
                .companySize(String.valueOf(10 + i * 37 % 900))
                .location("Austin, TX")
                .lastContact("2026-11-" + (10 + i % 14))
                .notes(i % 3 == 0 ? "Requested a demo; budget approved" : "Met at a trade show")
                .build();
    }

    /** {@code n} leads, L0 .. L(n-1). */
    public static List<Lead> leads(int n) {
        return IntStream.range(0, n).mapToObj(TestLeads::lead).toList();
    }
}

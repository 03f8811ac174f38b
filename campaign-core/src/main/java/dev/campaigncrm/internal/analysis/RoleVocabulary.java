package dev.campaigncrm.internal.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The function words of job titles and industries that the persona rules read. */
public final class RoleVocabulary {

    private static final Set<String> TECH_FUNCTION = Set.of("cto", "cio", "ciso", "cdo", "technology", "technical",
            "tech", "engineering", "engineer", "it", "information", "data", "digital", "software", "security",
            "infrastructure", "platform", "devops", "cloud", "systems", "architecture", "architect", "developer",
            "development", "analytics", "ai", "ml", "innovation", "cybersecurity", "informatics", "product");
    private static final Set<String> ENGINEERING_IC = Set.of("engineer", "engineering", "developer", "programmer",
            "devops", "sre", "architect", "data", "it", "sysadmin", "network", "security", "qa", "tester",
            "software", "ml", "scientist", "technical", "technician", "database", "dba", "cloud", "infrastructure",
            "systems", "analytics", "bi", "frontend", "backend", "fullstack", "web");
    private static final Set<String> OPS_FUNCTION = Set.of("operations", "ops", "operating", "coo", "cfo",
            "finance", "financial", "supply", "logistics", "procurement", "purchasing", "people", "hr", "human",
            "talent", "facilities", "administration", "production", "plant", "manufacturing", "quality",
            "fulfillment", "fulfilment", "warehouse", "distribution", "controller", "accounting", "revops",
            "sourcing", "inventory", "fleet", "service", "services", "process", "generalmanager");
    private static final Set<String> TECH_INDUSTRY = Set.of("software", "technology", "technologies", "tech",
            "saas", "it", "internet", "cloud", "data", "ai", "cybersecurity", "cyber", "telecommunications",
            "telecom", "computer", "computers", "semiconductors", "semiconductor", "electronics", "analytics",
            "fintech", "healthtech", "edtech", "proptech", "insurtech", "information");
    private static final Set<String> GROWTH_INDUSTRY = Set.of("ecommerce", "commerce", "biotech", "marketplace",
            "gaming", "games", "mobile", "apps", "digital", "startup", "startups", "media", "marketing",
            "advertising", "adtech", "martech", "robotics", "mobility", "climate", "cleantech", "crypto",
            "blockchain", "web3");

    private RoleVocabulary() {
    }

    /** The first technology function word of a title, e.g. "cto" or "engineering". */
    public static Optional<String> techFunction(String title) {
        return first(title, TECH_FUNCTION);
    }

    /** The first engineering, data or IT word of an individual contributor's title. */
    public static Optional<String> engineeringWord(String title) {
        return first(title, ENGINEERING_IC);
    }

    /** The first operations, finance, supply or people word of a title. */
    public static Optional<String> operationsFunction(String title) {
        return first(title, OPS_FUNCTION);
    }

    /** True when the industry is technology: software, IT, data, telecoms, fintech and the like. */
    public static boolean isTechIndustry(String industry) {
        return first(industry, TECH_INDUSTRY).isPresent();
    }

    /** True for technology and the other fast-growing industries where startups cluster. */
    public static boolean isGrowthIndustry(String industry) {
        return isTechIndustry(industry) || first(industry, GROWTH_INDUSTRY).isPresent();
    }

    private static Optional<String> first(String text, Set<String> vocabulary) {
        List<String> words = TokenText.words(text == null ? "" : text.replace('-', ' '));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String joined = i + 1 < words.size() ? w + words.get(i + 1) : "";
            if (vocabulary.contains(joined)) {
                return Optional.of(joined);
            }
            if (vocabulary.contains(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}

package dev.campaigncrm.llm.steps;

/** Writes test answers as JSON. */
final class Json {

    private Json() {
    }

    /** The value as JSON text. */
    static String of(Object value) {
        return dev.campaigncrm.llm.internal.steps.Json.write(value);
    }
}

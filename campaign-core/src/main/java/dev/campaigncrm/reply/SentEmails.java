package dev.campaigncrm.reply;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The emails a campaign sent, read in order each time they are asked for: a run of any size hands them to a
 * {@link ReplySource} this way, so that they need not be held in memory at once (there may be millions, each with
 * its body). They may be read more than once.
 */
public interface SentEmails {

    /** How many there are. */
    int size();

    /** The emails in order, read lazily; close the stream (try-with-resources) to release what it reads. */
    Stream<Outreach> stream();

    /** Hands every email, in order, to {@code action}. */
    default void forEach(Consumer<? super Outreach> action) {
        try (Stream<Outreach> s = stream()) {
            s.forEach(action);
        }
    }

    /** Every email in a list: holds them all in memory, so meant for small runs and for sources that need it. */
    default List<Outreach> toList() {
        try (Stream<Outreach> s = stream()) {
            return s.toList();
        }
    }

    /** Emails held in a list. */
    static SentEmails of(List<Outreach> sent) {
        List<Outreach> copy = List.copyOf(sent);
        return new SentEmails() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public Stream<Outreach> stream() {
                return copy.stream();
            }

            @Override
            public List<Outreach> toList() {
                return copy;
            }
        };
    }
}

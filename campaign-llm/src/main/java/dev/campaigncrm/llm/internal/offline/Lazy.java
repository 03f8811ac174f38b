package dev.campaigncrm.llm.internal.offline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, by whichever thread asks first; every other thread waits for it and then
 * shares it. The supplier must return an immutable value.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    private Lazy(Supplier<T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /** A lazy value computed by {@code supplier}. */
    public static <T> Lazy<T> of(Supplier<T> supplier) {
        return new Lazy<>(supplier);
    }

    /** The value, computed on the first call. */
    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(supplier.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}

package dev.campaigncrm.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VariantChooserTest {

    private static final List<String> OPTIONS = List.of("a", "b", "c", "d");

    @Test
    void sameSeedLeadAndSlotPickTheSameOption() {
        for (int i = 0; i < 100; i++) {
            String first = VariantChooser.of(42, "L" + i, "x" + i + "@example.test").pick("opener", OPTIONS);
            String again = VariantChooser.of(42, "L" + i, "x" + i + "@example.test").pick("opener", OPTIONS);
            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void everyOptionGetsPickedAcrossLeads() {
        Set<String> picked = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> picked.add(VariantChooser.of(0, "L" + i, "").pick("s", OPTIONS)));

        assertThat(picked).containsExactlyInAnyOrderElementsOf(OPTIONS);
    }

    @Test
    void anotherSeedOrSlotChangesSomePicks() {
        long seedChanges = IntStream.range(0, 100)
                .filter(i -> !VariantChooser.of(0, "L" + i, "").pick("s", OPTIONS)
                        .equals(VariantChooser.of(1, "L" + i, "").pick("s", OPTIONS)))
                .count();
        long slotChanges = IntStream.range(0, 100)
                .filter(i -> !VariantChooser.of(0, "L" + i, "").pick("s", OPTIONS)
                        .equals(VariantChooser.of(0, "L" + i, "").pick("t", OPTIONS)))
                .count();

        assertThat(seedChanges).isGreaterThan(50);
        assertThat(slotChanges).isGreaterThan(50);
    }

    @Test
    void idAndAddressAreNotConcatenatedAmbiguously() {
        long differing = IntStream.range(0, 50)
                .filter(i -> !VariantChooser.of(i, "ab", "c").pick("s", OPTIONS)
                        .equals(VariantChooser.of(i, "a", "bc").pick("s", OPTIONS)))
                .count();

        assertThat(differing).isPositive();
    }

    @Test
    void refusesAnEmptySlot() {
        assertThatThrownBy(() -> VariantChooser.of(0, "L", "").pick("s", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

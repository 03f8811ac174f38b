package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TransportPoolTest {

    private final List<Transport> opened = new ArrayList<>();

    private Transport open() {
        Transport t = mock(Transport.class);
        opened.add(t);
        return t;
    }

    @Test
    void aReturnedConnectionIsReusedInsteadOfOpeningAnother() throws Exception {
        TransportPool pool = new TransportPool(2, this::open);

        TransportPool.Lease first = pool.borrow(false);
        pool.giveBack(first.transport());
        TransportPool.Lease second = pool.borrow(false);

        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.transport()).isSameAs(first.transport());
        assertThat(opened).hasSize(1);
    }

    @Test
    void aDiscardedConnectionIsClosedAndReplaced() throws Exception {
        TransportPool pool = new TransportPool(1, this::open);

        Transport broken = pool.borrow(false).transport();
        pool.discard(broken);
        TransportPool.Lease next = pool.borrow(false);

        verify(broken).close();
        assertThat(next.transport()).isNotSameAs(broken);
        assertThat(next.reused()).isFalse();
    }

    @Test
    void aFreshBorrowClosesAnIdleConnectionToStayWithinTheBound() throws Exception {
        TransportPool pool = new TransportPool(1, this::open);
        Transport idle = pool.borrow(false).transport();
        pool.giveBack(idle);

        TransportPool.Lease fresh = pool.borrow(true);

        verify(idle).close();
        assertThat(fresh.transport()).isNotSameAs(idle);
    }

    @Test
    void aFailedConnectFreesItsSlot() throws Exception {
        List<Boolean> fail = new ArrayList<>(List.of(true));
        TransportPool pool = new TransportPool(1, () -> {
            if (!fail.isEmpty() && fail.remove(0)) {
                throw new MessagingException("connection refused");
            }
            return open();
        });

        assertThatThrownBy(() -> pool.borrow(false)).isInstanceOf(MessagingException.class);
        assertThat(pool.borrow(false).transport()).isNotNull();
    }

    @Test
    @Timeout(30) // a leaked slot makes the second borrow wait forever: fail instead of hanging the build
    void anErrorWhileConnectingAlsoFreesItsSlot() throws Exception {
        List<Boolean> fail = new ArrayList<>(List.of(true));
        TransportPool pool = new TransportPool(1, () -> {
            if (!fail.isEmpty() && fail.remove(0)) {
                throw new OutOfMemoryError("simulated");
            }
            return open();
        });

        assertThatThrownBy(() -> pool.borrow(false)).isInstanceOf(OutOfMemoryError.class);
        assertThat(pool.borrow(false).transport()).as("the only slot is free again").isNotNull();
    }

    @Test
    void closeClosesIdleConnectionsAndThoseGivenBackLater() throws Exception {
        TransportPool pool = new TransportPool(2, this::open);
        Transport idle = pool.borrow(false).transport();
        Transport busy = pool.borrow(false).transport();
        pool.giveBack(idle);

        pool.close();
        verify(idle).close();
        verify(busy, never()).close();
        pool.giveBack(busy);

        verify(busy).close();
        assertThatThrownBy(() -> pool.borrow(false)).isInstanceOf(IllegalStateException.class);
    }
}

package org.gatehouse.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.5, 192.168.0.0/16 ,fd00::/8");

    @Test
    void addressesAndRangesAreTrusted() {
        assertTrue(proxies.trusts("10.0.0.5"));
        assertFalse(proxies.trusts("10.0.0.6"));
        assertTrue(proxies.trusts("192.168.200.1"));
        assertFalse(proxies.trusts("192.169.0.1"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("fe80::1"));
    }

    @Test
    void namesAreNeverResolved() {
        assertFalse(proxies.trusts("localhost"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.com"));
    }

    @Test
    void badEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.1/x"));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void aTrustedProxyNamesTheNearestUntrustedHop() {
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", List.of("1.2.3.4, 198.51.100.7")));
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", List.of("1.2.3.4, 198.51.100.7, 192.168.1.1")));
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", List.of("1.2.3.4", "198.51.100.7")));
    }

    @Test
    void aSpoofedHopLeftOfTheClientIsIgnored() {
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", List.of("10.0.0.5, 198.51.100.7")));
    }

    @Test
    void garbageStopsAtTheLastAddressVouchedFor() {
        assertEquals("192.168.1.1", proxies.client("10.0.0.5", List.of("<script>, 192.168.1.1")));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", List.of()));
    }
}

package org.gatehouse.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit event (contract 2.1 {@code event_logs}, catalogue in appendix A). */
@Entity
@Table(name = "event_logs")
public class EventLog {

    /** The longest address kept (V10); an address is far shorter, a forged forwarding header may not be. */
    public static final int IP_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "event", nullable = false)
    private String event;

    /** A JSON object serialized as text, {@code "{}"} when empty. */
    @Lob
    @Column(name = "metadata")
    private String metadata;

    /** No foreign key: the event outlives the user. */
    @Column(name = "userId")
    private Integer userId;

    @Column(name = "occurredAt", nullable = false)
    private Instant occurredAt;

    /** The metadata's {@code ip}, copied at record time so the log can be filtered by an index (V10). */
    @Column(name = "ip")
    private String ip;

    protected EventLog() {
    }

    public EventLog(String event, String metadata, Integer userId, Instant occurredAt) {
        this(event, metadata, userId, occurredAt, null);
    }

    public EventLog(String event, String metadata, Integer userId, Instant occurredAt, String ip) {
        this.event = event;
        this.metadata = metadata;
        this.userId = userId;
        this.occurredAt = occurredAt;
        this.ip = ip;
    }

    public Integer getId() { return id; }
    public String getEvent() { return event; }
    public String getMetadata() { return metadata; }
    public Integer getUserId() { return userId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getIp() { return ip; }
}

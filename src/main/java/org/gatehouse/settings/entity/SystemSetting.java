package org.gatehouse.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One labelled system setting (contract 2.1 {@code system_settings}, 6.5); values are always text. */
@Entity
@Table(name = "system_settings")
@NamedQuery(name = SystemSetting.BY_LABEL, query = "SELECT s FROM SystemSetting s WHERE s.label = :label")
public class SystemSetting {

    public static final String BY_LABEL = "SystemSetting.byLabel";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "label", nullable = false, unique = true)
    private String label;

    @Lob
    @Column(name = "value")
    private String value;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected SystemSetting() {
    }

    public SystemSetting(String label, String value, Instant now) {
        this.label = label;
        this.value = value;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getLabel() { return label; }
    public String getValue() { return value; }
    public void setValue(String value, Instant now) {
        this.value = value;
        this.lastUpdatedAt = now;
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}

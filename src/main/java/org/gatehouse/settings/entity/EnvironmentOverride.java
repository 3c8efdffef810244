package org.gatehouse.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An environment value changed at run time. It wins over the process environment on every node;
 * a null value means the variable was unset at run time.
 */
@Entity
@Table(name = "environment_overrides")
public class EnvironmentOverride {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @Lob
    @Column(name = "value")
    private String value;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected EnvironmentOverride() {
    }

    public EnvironmentOverride(String name, String value, Instant now) {
        this.name = name;
        this.value = value;
        this.lastUpdatedAt = now;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public void setValue(String value, Instant now) {
        this.value = value;
        this.lastUpdatedAt = now;
    }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}

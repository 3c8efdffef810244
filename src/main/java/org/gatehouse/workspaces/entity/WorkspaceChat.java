package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One prompt and its response (contract 2.2); {@code response} is JSON text. */
@Entity
@Table(name = "workspace_chats")
public class WorkspaceChat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "workspaceId", nullable = false)
    private int workspaceId;

    @Lob
    @Column(name = "prompt", nullable = false)
    private String prompt;

    @Lob
    @Column(name = "response", nullable = false)
    private String response;

    @Column(name = "include", nullable = false)
    private boolean include = true;

    @Column(name = "user_id")
    private Integer userId;

    @Column(name = "thread_id")
    private Integer threadId;

    @Column(name = "api_session_id")
    private String apiSessionId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    @Column(name = "feedbackScore")
    private Boolean feedbackScore;

    @Column(name = "memory_processed")
    private Boolean memoryProcessed = Boolean.FALSE;

    protected WorkspaceChat() {
    }

    public WorkspaceChat(int workspaceId, Integer userId, String prompt, String response, Instant now) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.prompt = prompt;
        this.response = response;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public int getWorkspaceId() { return workspaceId; }
    public String getPrompt() { return prompt; }
    public String getResponse() { return response; }
    public boolean isInclude() { return include; }
    public Integer getUserId() { return userId; }
    public Integer getThreadId() { return threadId; }
    public void setThreadId(Integer threadId) { this.threadId = threadId; }
    public String getApiSessionId() { return apiSessionId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
    public Boolean getFeedbackScore() { return feedbackScore; }
    public Boolean getMemoryProcessed() { return memoryProcessed; }
}

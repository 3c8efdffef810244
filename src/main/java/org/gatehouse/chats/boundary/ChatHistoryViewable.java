package org.gatehouse.chats.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * AnythingLLM's {@code chatHistoryViewable}: with {@code DISABLE_VIEW_CHAT_HISTORY} present, 422 and the
 * text {@code This feature has been disabled by the administrator.}, before any authentication.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ChatHistoryViewable {
}

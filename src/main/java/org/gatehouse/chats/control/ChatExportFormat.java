package org.gatehouse.chats.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import org.gatehouse.platform.json.JsonText;
import org.gatehouse.platform.text.CsvCell;

/**
 * The four export formats of E59, written one chat at a time:
 * {@code csv} ({@code id,username,workspace,prompt,response,sent_at,rating}), {@code json} (an array of
 * the same fields), {@code jsonl} (one OpenAI fine-tuning record per chat: system, user, assistant) and
 * {@code jsonAlpaca} (an array of {@code {instruction, input, output}}).
 */
public enum ChatExportFormat {
    JSONL("jsonl", "application/jsonl"),
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    JSON_ALPACA("jsonAlpaca", "application/json");

    private final String wireName;
    private final String mediaType;

    ChatExportFormat(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    public String wireName() {
        return wireName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The named format; anything else falls back to jsonl, as in AnythingLLM. */
    public static ChatExportFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst().orElse(JSONL);
    }

    /** One exported chat, already resolved to names. */
    public record Row(int id, String username, String workspace, String systemPrompt, String prompt, String response,
                      String sentAt, Boolean rating) {
    }

    /** The named format, strictly (the developer API refuses unknown types). */
    public static Optional<ChatExportFormat> strictly(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /** Writes the document's opening. */
    public void begin(Writer out) throws IOException {
        switch (this) {
            case CSV -> out.write("id,username,workspace,prompt,response,sent_at,rating\n");
            case JSON, JSON_ALPACA -> out.write("[");
            default -> { }
        }
    }

    /** Writes one chat; {@code first} tells whether a separator is needed. */
    public void write(Writer out, Row row, boolean first) {
        try {
            switch (this) {
                case CSV -> out.write(String.join(",", String.valueOf(row.id()), CsvCell.of(row.username()), CsvCell.of(row.workspace()),
                        CsvCell.of(row.prompt()), CsvCell.of(row.response()), CsvCell.of(row.sentAt()),
                        row.rating() == null ? "--" : row.rating() ? "GOOD" : "BAD") + "\n");
                case JSON -> out.write((first ? "" : ",") + Json.createObjectBuilder().add("id", row.id())
                        .add("username", row.username()).add("workspace", row.workspace()).add("prompt", row.prompt())
                        .add("response", row.response()).add("sent_at", row.sentAt())
                        .add("rating", row.rating() == null ? jakarta.json.JsonValue.NULL
                                : row.rating() ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE).build());
                case JSON_ALPACA -> out.write((first ? "" : ",") + Json.createObjectBuilder()
                        .add("instruction", row.systemPrompt()).add("input", row.prompt()).add("output", row.response()).build());
                case JSONL -> out.write(Json.createObjectBuilder().add("messages", Json.createArrayBuilder()
                        .add(message("system", row.systemPrompt()))
                        .add(message("user", row.prompt()))
                        .add(message("assistant", row.response()))).build() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document's end. */
    public void end(Writer out) throws IOException {
        if (this == JSON || this == JSON_ALPACA) {
            out.write("]");
        }
    }

    /** The text of a stored response ({@code {"text": …}}), or the stored value when it is not such JSON. */
    public static String responseText(String response) {
        return JsonText.readObject(response)
                .map(json -> json.get("text") instanceof JsonString text ? text.getString() : response)
                .orElse(response);
    }

    private static JsonObject message(String role, String content) {
        return Json.createObjectBuilder().add("role", role).add("content", content).build();
    }

}

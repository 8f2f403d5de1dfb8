package bg.integra.it;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

/** A multipart/form-data post of a parsed back-office form with one file, as a browser sends an upload. */
public final class Multipart {

    private Multipart() {
    }

    /** Posts the form as a browser does when no file was chosen: every file input sends an empty part. */
    public static HttpResponse<String> submit(Http http, String page, BackOffice.Form form, String button) {
        return submit(http, page, form, button, null, "", "application/octet-stream", new byte[0]);
    }

    /** The names of the file inputs of a page (the parsed form holds them as empty text fields). */
    public static Set<String> fileInputs(String page) {
        Set<String> names = new HashSet<>();
        Matcher input = Pattern.compile("<input\\b[^>]*type=\"file\"[^>]*>", Pattern.CASE_INSENSITIVE).matcher(page);
        while (input.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
            if (name.find()) names.add(name.group(1));
        }
        return names;
    }

    /**
     * Posts the form's fields (the page's file inputs as file parts), the file under {@code fileField} (with the given name and content type) and the
     * clicked button, to the form's action.
     */
    public static HttpResponse<String> submit(Http http, String page, BackOffice.Form form, String button, String fileField,
                                       String fileName, String contentType, byte[] bytes) {
        String boundary = "----integra" + UUID.randomUUID().toString().replace("-", "");
        Set<String> files = fileInputs(page);
        ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 4096);
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            if (files.contains(field.getKey())) {
                boolean chosen = field.getKey().equals(fileField);
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"; filename=\""
                        + (chosen ? fileName : "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
                if (chosen) body.writeBytes(bytes);
                write(body, "\r\n");
            } else {
                text(body, boundary, field.getKey(), field.getValue());
            }
        }
        if (fileField != null && !files.contains(fileField)) throw new AssertionError("The form has no file input " + fileField);
        text(body, boundary, button, "");
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + form.action()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request);
    }

    private static void text(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}

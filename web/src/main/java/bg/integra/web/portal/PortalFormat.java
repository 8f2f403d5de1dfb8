package bg.integra.web.portal;

import bg.integra.event.Event;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and file sizes as readers of the page's language write them. Times of content are already local
 * to Bulgaria ({@code Content.ZONE}), where the events take place, so they are shown as stored.
 */
@Named("fmt")
@RequestScoped
public class PortalFormat {

    @Inject
    private PortalLanguage language;

    public String day(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).localizedBy(locale()).format(date);
    }

    public String dayOf(LocalDateTime time) {
        return time == null ? null : day(time.toLocalDate());
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).localizedBy(locale()).format(time);
    }

    public String time(LocalDateTime time) {
        return time == null ? null : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).localizedBy(locale()).format(time);
    }

    /** When an event takes place: its start and, when it has one, its end (only the time when on the same day). */
    public String when(Event event) {
        String start = dateTime(event.getStartsAt());
        LocalDateTime end = event.getEndsAt();
        if (end == null) return start;
        return start + " – " + (end.toLocalDate().equals(event.getStartsAt().toLocalDate()) ? time(end) : dateTime(end));
    }

    /** A file's type and size, as a download link names them: "PDF, 1.2 MB". */
    public String file(StoredFile file) {
        if (file == null) return null;
        String type = file.getMediaType().extension().toUpperCase(Locale.ROOT);
        return type + ", " + size(file.getSize());
    }

    String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return MessageFormat.format(message("content.sizeKb"), number.format(Math.max(1, Math.round(bytes / 1024.0))));
        }
        return MessageFormat.format(message("content.sizeMb"), number.format(bytes / (1024.0 * 1024.0)));
    }

    /** The height of a picture's thumbnail, which keeps the picture's proportions at most {@link Uploads#THUMBNAIL_WIDTH} wide. */
    public int thumbnailHeight(StoredFile file) {
        if (file.getWidth() == null || file.getHeight() == null || file.getWidth() == 0) return thumbnailWidth(file);
        return (int) Math.max(1, Math.round(file.getHeight() * (double) thumbnailWidth(file) / file.getWidth()));
    }

    public int thumbnailWidth(StoredFile file) {
        return file.getWidth() == null ? Uploads.THUMBNAIL_WIDTH : Math.min(Uploads.THUMBNAIL_WIDTH, file.getWidth());
    }

    private Locale locale() {
        return language.getLocale();
    }

    private String message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}

package bg.integra.web.admin.content;

import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.content.GalleryImage;
import bg.integra.content.ImageText;
import bg.integra.web.common.FacesMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the content editor types per language: the item's title, summary and body, and each gallery picture's
 * alt text and caption. It is filled from the stored item, checked, applied to the copy being saved, and says
 * which elements the sanitiser removed from what was typed.
 */
class ContentTextsForm implements Serializable {

    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, TextForm> texts = new LinkedHashMap<>();
    private final Map<Long, Map<String, ImageTextForm>> imageTexts = new LinkedHashMap<>();

    ContentTextsForm() {
        for (String lang : Languages.PORTAL) texts.put(lang, new TextForm());
    }

    /** The form from the stored item: after loading, and after every save (which shows the sanitised bodies). */
    void fill(Content content) {
        for (String lang : Languages.PORTAL) texts.put(lang, TextForm.of(content.getTexts().get(lang)));
        imageTexts.clear();
        for (GalleryImage image : content.getGallery()) imageTexts.put(image.getId(), imageTextForms(image));
    }

    /** After a gallery change: what was typed stays, new pictures get empty fields, removed ones lose theirs. */
    void keepGalleryOf(Content content) {
        Set<Long> present = new TreeSet<>();
        for (GalleryImage image : content.getGallery()) {
            present.add(image.getId());
            imageTexts.computeIfAbsent(image.getId(), k -> imageTextForms(image));
        }
        imageTexts.keySet().retainAll(present);
    }

    private static Map<String, ImageTextForm> imageTextForms(GalleryImage image) {
        Map<String, ImageTextForm> perLanguage = new LinkedHashMap<>();
        for (String lang : Languages.PORTAL) perLanguage.put(lang, ImageTextForm.of(image.getTexts().get(lang)));
        return perLanguage;
    }

    /** A translation needs its own title; false (with a message at each title) when one has none. */
    boolean validate(List<String> languages) {
        boolean valid = true;
        for (String lang : languages) {
            TextForm t = texts.get(lang);
            if (!lang.equals(Languages.DEFAULT) && t.isBlankTitle() && t.hasSummaryOrBody()) {
                FacesMessages.error("form:title_" + lang, "cnt.titleForTranslation");
                valid = false;
            }
        }
        return valid;
    }

    TextForm defaultText() {
        return texts.get(Languages.DEFAULT);
    }

    /** The typed texts onto the item; a translation without a title is removed, the Bulgarian text always kept. */
    void applyTo(Content c, List<String> languages) {
        for (String lang : languages) {
            TextForm t = texts.get(lang);
            c.setText(lang, lang.equals(Languages.DEFAULT) || !t.isBlankTitle() ? t.toText() : null);
        }
        for (GalleryImage image : c.getGallery()) {
            Map<String, ImageTextForm> perLanguage = imageTexts.get(image.getId());
            if (perLanguage == null) continue;
            for (String lang : languages) {
                ImageTextForm t = perLanguage.get(lang);
                if (lang.equals(Languages.DEFAULT) && (t.getAlt() == null || t.getAlt().isBlank())) continue; // kept as it was
                ImageText current = image.getTexts().get(lang);
                ImageText wanted = t.getAlt() == null || t.getAlt().isBlank() ? null : new ImageText(t.getAlt(), t.getCaption());
                if (!Objects.equals(current, wanted)) image.setText(lang, t.getAlt(), t.getCaption());
            }
        }
    }

    /** The bodies as typed, to compare with what was stored. */
    Map<String, String> bodies(List<String> languages) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String lang : languages) bodies.put(lang, texts.get(lang).getBody());
        return bodies;
    }

    /** Names the elements that were in a typed body and are not in the stored one (now in the form). */
    void reportRemovedMarkup(Map<String, String> typed) {
        Set<String> removed = new TreeSet<>();
        typed.forEach((lang, body) -> {
            Set<String> kept = elements(texts.get(lang).getBody());
            for (String element : elements(body)) if (!kept.contains(element)) removed.add(element);
        });
        if (!removed.isEmpty()) FacesMessages.info("cnt.sanitised", String.join(", ", removed));
    }

    private static Set<String> elements(String html) {
        Set<String> found = new TreeSet<>();
        if (html == null) return found;
        Matcher m = ELEMENT.matcher(html);
        while (m.find()) found.add(m.group(1).toLowerCase(Locale.ROOT));
        return found;
    }

    Map<String, TextForm> texts() { return texts; }
    Map<String, ImageTextForm> imageTexts(GalleryImage image) { return imageTexts.get(image.getId()); }
}

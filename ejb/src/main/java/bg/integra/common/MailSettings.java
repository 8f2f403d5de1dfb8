package bg.integra.common;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Map;
import java.util.Properties;

/**
 * The outgoing mail server and the sender, read from environment variables at start-up like the data source,
 * so that the same EAR sends through any SMTP server: {@code INTEGRA_SMTP_HOST} (no host, no mail: sending is
 * logged as skipped), {@code INTEGRA_SMTP_PORT}, {@code INTEGRA_SMTP_USER}/{@code INTEGRA_SMTP_PASSWORD},
 * {@code INTEGRA_SMTP_STARTTLS}, {@code INTEGRA_MAIL_FROM}, and {@code INTEGRA_PUBLIC_URL}, the address of the
 * site that links in mails point to.
 */
public record MailSettings(String host, int port, String user, String password, boolean startTls, String from,
                           String publicUrl) {

    public static MailSettings fromEnvironment() {
        return of(System.getenv());
    }

    static MailSettings of(Map<String, String> env) {
        String url = env.getOrDefault("INTEGRA_PUBLIC_URL", "http://localhost:8080");
        return new MailSettings(
                Text.blankToNull(env.get("INTEGRA_SMTP_HOST")),
                Integer.parseInt(env.getOrDefault("INTEGRA_SMTP_PORT", "25").strip()),
                Text.blankToNull(env.get("INTEGRA_SMTP_USER")),
                env.get("INTEGRA_SMTP_PASSWORD"),
                Boolean.parseBoolean(env.getOrDefault("INTEGRA_SMTP_STARTTLS", "false").strip()),
                env.getOrDefault("INTEGRA_MAIL_FROM", "integra@localhost"),
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public boolean isConfigured() {
        return host != null;
    }

    /** A Jakarta Mail session for these settings; short timeouts, so that a dead server does not hold a thread. */
    public Session session() {
        Properties p = properties();
        if (user == null) return Session.getInstance(p);
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.auth", String.valueOf(user != null));
        return p;
    }

    @Override
    public String toString() { // never the password
        return "MailSettings[" + host + ":" + port + ", from " + from + ", user " + user + ", links to " + publicUrl + "]";
    }
}

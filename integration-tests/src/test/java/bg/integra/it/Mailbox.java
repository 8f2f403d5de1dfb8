package bg.integra.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the application sends to during the tests: GreenMail on the port the build reserved
 * ({@code integra.smtpPort}), which the test domain's {@code INTEGRA_SMTP_PORT} also names. A JUnit extension:
 * {@code @RegisterExtension final Mailbox mailbox = new Mailbox();} gives each test an empty mailbox, started
 * before it and stopped after it.
 */
public final class Mailbox implements BeforeEachCallback, AfterEachCallback {

    private GreenMail server;
    private boolean running;

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    /** Starts the server, again after {@link #stop()}: the mail server is back (with an empty mailbox). */
    public void start() {
        if (running) return;
        int port = Integer.parseInt(System.getProperty("integra.smtpPort", "3025"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        running = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** The messages to one address, waiting up to 20 s for {@code count} of them; fails if fewer arrive. */
    public List<MimeMessage> await(String to, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<MimeMessage> mails = to(to);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
            mails = to(to);
        }
        if (mails.size() < count) throw new AssertionError("Expected " + count + " e-mails to " + to + ", got " + mails.size());
        return mails;
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    int total() {
        return server.getReceivedMessages().length;
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a plain-text message. */
    public static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server, as an SMTP server that is down. */
    public void stop() {
        if (running) server.stop();
        running = false;
    }
}

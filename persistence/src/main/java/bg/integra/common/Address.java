package bg.integra.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A postal address in Bulgaria. All parts are optional: a small NGO may give only a town. */
@Embeddable
public class Address implements Serializable {

    public static final int STREET_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int POSTCODE_LENGTH = 10;

    @Size(max = STREET_LENGTH)
    @Column(name = "street", length = STREET_LENGTH)
    private String street;

    @Size(max = CITY_LENGTH)
    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @Size(max = POSTCODE_LENGTH)
    @Column(name = "postcode", length = POSTCODE_LENGTH)
    private String postcode;

    public Address() {
    }

    public Address(String street, String city, String postcode) {
        this.street = street;
        this.city = city;
        this.postcode = postcode;
    }

    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = Text.blankToNull(street); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = Text.blankToNull(city); }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = Text.blankToNull(postcode); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(street, a.street) && Objects.equals(city, a.city)
                && Objects.equals(postcode, a.postcode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, postcode);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[]{street, postcode == null ? city : postcode + " " + Objects.toString(city, "")}) {
            if (part != null && !part.isBlank()) {
                if (!sb.isEmpty()) sb.append(", ");
                sb.append(part.trim());
            }
        }
        return sb.toString();
    }
}

package bg.integra.web.common;

import bg.integra.project.ContractNumber;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Reads a contract number from a form field, with a message that shows the expected form. */
@FacesConverter(forClass = ContractNumber.class, managed = true)
public class ContractNumberConverter implements Converter<ContractNumber> {

    @Override
    public ContractNumber getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) return null;
        if (!ContractNumber.isValid(value)) {
            String text = FacesMessages.text("validation.contractNumber");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return ContractNumber.of(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContractNumber value) {
        return value == null ? "" : value.value();
    }
}

@javax.xml.bind.annotation.XmlSchema(
    namespace = "http://ons.gov.uk/ctp/response/casesvc/definition")
package uk.gov.ons.ctp.response.casesvc.definition;

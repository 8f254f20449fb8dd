@javax.xml.bind.annotation.XmlSchema(
    namespace = "http://ons.gov.uk/ctp/response/casesvc/message/sampleunitnotification")
package uk.gov.ons.ctp.response.casesvc.message.sampleunitnotification;

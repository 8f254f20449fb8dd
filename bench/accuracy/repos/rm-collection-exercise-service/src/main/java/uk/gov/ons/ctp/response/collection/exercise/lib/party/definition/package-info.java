@jakarta.xml.bind.annotation.XmlSchema(
    namespace = "http://ons.gov.uk/ctp/response/party/definition")
package uk.gov.ons.ctp.response.collection.exercise.lib.party.definition;

/**
 * The network's knowledge base: {@link bg.integra.knowledge.Practice good practices} described with the fields of
 * the European Website on Integration's template, anonymised {@link bg.integra.knowledge.CaseStudy cases} from the
 * members' casework, the {@link bg.integra.knowledge.Measure regional measures} proposed from them for a
 * region's planning documents, and the members' {@link bg.integra.knowledge.Initiative initiatives}: upcoming ones
 * and completed projects. Each belongs to a member organisation and is shown publicly once published.
 */
package bg.integra.knowledge;

// Signposting to emotional support for patients: generic, no phone numbers invented.
import { SUPPORT_COPY } from '../copy.ts';

export function SupportBox() {
  return (
    <div className="support">
      <h3>{SUPPORT_COPY.heading}</h3>
      <p>{SUPPORT_COPY.intro}</p>
      <ul>
        <li>{SUPPORT_COPY.gp}</li>
        <li>{SUPPORT_COPY.epu}</li>
        <li>
          {SUPPORT_COPY.charity}{' '}
          <a href="https://www.miscarriageassociation.org.uk/" rel="noreferrer">
            {SUPPORT_COPY.charityLink}
          </a>
        </li>
      </ul>
    </div>
  );
}

import { render } from 'preact';
import '../../src/ui/styles.css';
import { Options } from '../../src/ui/options/Options';

render(<Options />, document.getElementById('app') as HTMLElement);

// Import CSS
import './site.css';

// Import site JavaScript
import './site.js';

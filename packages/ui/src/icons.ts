// The kit owns the icon set so that pillar packages share one look and need no icon dependency.
export {
  BulbOutlined,
  CustomerServiceOutlined,
  FundOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
